/// The stylesheet and the script of a slide deck (`SlideDeck`): about 2 KB of plain script, no framework, no
/// network.
///
/// With script, one slide fills the window at a time (sized for a 1280×720 projector, scrolling when a slide is
/// taller); → ↓ PageDown and Space go forward, ← ↑ PageUp back, Home and End to the first and last slide, N shows
/// the speaker notes, D switches between the light and the dark theme. The slide's number is the URL's fragment
/// (`#3`); a fragment naming an element (`#eq-step`, a cross-reference) opens the slide that holds it. Keys typed
/// into a slider or a select stay theirs. Without script, and in print, every slide follows the previous one (in
/// print one slide per 1280×720 page, notes hidden).
enum SlideScript {
    /// The deck's rules, after the page's own (`PageStyle`); `explore` adds the explorable chart's.
    static func css(explore: Bool) -> String {
        """
        html{font-size:20px}
        html.dark{color-scheme:dark;\(PagePalette.dark.declarations)}
        html.light{color-scheme:light;\(PagePalette.light.declarations)}
        body{margin:0}
        main.deck{display:block}
        .slide{box-sizing:border-box;min-height:100vh;padding:1.6rem 3rem 2.4rem;max-width:1280px;margin:0 auto;border-bottom:1px solid var(--border)}
        .deck-live .slide{display:none;height:100vh;overflow:auto;border:0}
        .deck-live .slide.current{display:block}
        .slide h1{font-size:2.2rem;margin-top:18vh}.slide h2{font-size:1.5rem;margin:0 0 .6rem}
        .slide figure svg{max-height:56vh;width:auto;max-width:100%}
        .slide .run{margin:.6rem 0}.slide .run>header{padding:.3rem 1rem}
        .slide .run .body{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);column-gap:1.5rem;align-items:start}
        .slide .run .body>*{grid-column:2}.slide .run .body>figure{grid-column:1;grid-row:1/span 8;margin:.4rem 0}
        .slide .run .body>.explore,.slide .run .body>.error,.slide .run .body>.multiples{grid-column:1/-1}
        .slide .explore{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);column-gap:1.5rem;align-items:start}
        .slide .explore-inputs input[type=range]{width:10rem}
        .slide p.status{font-size:.85rem}.slide table{font-size:.75rem}.slide figcaption{font-size:.65rem}
        .slide aside.notes{display:none;margin-top:1.5rem;padding:.6rem 1rem;border:1px dashed var(--muted);border-radius:8px;font-size:.8rem;color:var(--muted)}
        .show-notes .slide aside.notes{display:block}
        nav.slide-bar{position:fixed;right:1rem;bottom:.6rem;display:flex;gap:1rem;font-size:.7rem;color:var(--muted);background:var(--bg);padding:.1rem .5rem;border-radius:6px}
        nav.slide-bar .slide-keys{display:none}.deck-live nav.slide-bar .slide-keys{display:inline}
        @media print{@page{size:1280px 720px;margin:0}html{font-size:18px}nav.slide-bar{display:none}
        .slide,.deck-live .slide{display:block!important;height:720px;min-height:0;overflow:hidden;break-after:page;border:0}
        .slide aside.notes{display:none!important}}
        """ + (explore ? "\n" + ExploreScript.css : "")
    }

    /// The navigation script.
    static let source = """
    (function(){
    function start(){
    var root=document.documentElement,slides=Array.prototype.slice.call(document.querySelectorAll('.slide')),n=slides.length,cur=0;
    if(!n)return;
    root.classList.add('deck-live');
    var counter=document.querySelector('.slide-counter');
    function go(k){
    k=Math.max(0,Math.min(n-1,k));
    slides[cur].classList.remove('current');cur=k;slides[k].classList.add('current');slides[k].scrollTop=0;
    if(counter)counter.textContent=(k+1)+' / '+n;
    if(location.hash!=='#'+(k+1))history.replaceState(null,'','#'+(k+1));
    }
    function fromHash(){
    var h=decodeURIComponent(location.hash.slice(1));
    if(/^[0-9]+$/.test(h))return go(+h-1);
    var target=h&&document.getElementById(h);
    for(var i=0;target&&i<n;i++)if(slides[i].contains(target)){go(i);if(target!==slides[i])slides[i].scrollTop+=target.getBoundingClientRect().top-slides[i].getBoundingClientRect().top;return;}
    go(cur);
    }
    document.addEventListener('keydown',function(e){
    if(e.altKey||e.ctrlKey||e.metaKey)return;
    var t=e.target&&e.target.tagName;if(t==='INPUT'||t==='SELECT'||t==='TEXTAREA')return;
    var k=e.key;
    if(k==='ArrowRight'||k==='ArrowDown'||k==='PageDown'||k===' ')go(cur+1);
    else if(k==='ArrowLeft'||k==='ArrowUp'||k==='PageUp')go(cur-1);
    else if(k==='Home')go(0);else if(k==='End')go(n-1);
    else if(k==='n'||k==='N')root.classList.toggle('show-notes');
    else if(k==='d'||k==='D'){var dark=root.classList.contains('dark')||(!root.classList.contains('light')&&matchMedia('(prefers-color-scheme: dark)').matches);root.classList.remove('dark','light');root.classList.add(dark?'light':'dark');}
    else return;
    e.preventDefault();
    });
    window.addEventListener('hashchange',fromHash);
    fromHash();
    }
    if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',start);else start();
    })();
    """
}
