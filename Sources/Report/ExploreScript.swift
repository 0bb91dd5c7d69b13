import Markup

/// The stylesheet and the script of explorable sweeps (`ExploreView`), added to the head of a page that has one
/// (and to every slide deck that does): about 1.5 KB, no framework, no network.
///
/// The script unhides each `.explore` block's controls, and on every change of its slider or selects computes the
/// member index (row-major over the keys, first key outermost), fades every other member's curves
/// (`.explore-off`), shows that member's summary and sets each `.explore-value` of the same sweep
/// (`data-sweep`) to that member's value, which the page holds as its `data-member` children. It reads nothing
/// but the page.
enum ExploreScript {
    /// The rules of the explorable chart, its controls and the faded curves.
    static let css = """
    .explore-controls{margin:.2rem 0 .6rem}
    .explore-inputs{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.2rem;font-size:.9rem}
    .explore-inputs label{display:flex;align-items:center;gap:.5rem}
    .explore-key{font-family:ui-monospace,monospace;color:var(--muted)}
    .explore-inputs input[type=range]{width:14rem;accent-color:var(--accent)}
    .explore-inputs output{font-family:ui-monospace,monospace;font-weight:600}
    .explore-name{font-family:ui-monospace,monospace;font-size:.85rem;color:var(--muted);margin:.5rem 0 0}
    .explore-off{opacity:.1}
    .explore [data-member]{transition:opacity .15s}
    @media print{.explore-controls{display:none}.explore-off{opacity:1}}
    """

    /// The script (plain ES5, one listener per control).
    static let source = """
    (function(){
    function all(root,q){return Array.prototype.slice.call(root.querySelectorAll(q));}
    function setup(box){
    var name=box.getAttribute('data-sweep'),controls=box.querySelector('.explore-controls');
    if(!controls)return;
    var inputs=all(controls,'[data-axis]'),members=all(box,'.explore-members>[data-member]'),curves=all(box,'svg [data-member]');
    var out=controls.querySelector('output');
    var values=all(document,'.explore-value').filter(function(v){return v.getAttribute('data-sweep')===name;});
    var texts=values.map(function(v){return all(v,'[data-member]').map(function(e){return e.textContent;});});
    function show(){
    var k=0;
    inputs.forEach(function(i){k=k*(+i.getAttribute('data-size'))+(+i.value);});
    box.setAttribute('data-selected',String(k));
    curves.forEach(function(c){c.classList.toggle('explore-off',+c.getAttribute('data-member')!==k);});
    members.forEach(function(m){m.hidden=+m.getAttribute('data-member')!==k;});
    if(out)out.textContent=members[k]?members[k].getAttribute('data-label'):'';
    values.forEach(function(v,j){if(texts[j][k]!==undefined)v.textContent=texts[j][k];});
    }
    controls.hidden=false;
    inputs.forEach(function(i){i.addEventListener('input',show);i.addEventListener('change',show);});
    show();
    }
    function start(){all(document,'.explore').forEach(setup);}
    if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',start);else start();
    })();
    """

    /// The `<style>` and `<script>` elements for a page's head.
    static var head: [MarkupNode] {
        [.el("style", [], [.raw(css)]), .el("script", [], [.raw(source)])]
    }
}
