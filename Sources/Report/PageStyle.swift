/// The report's inline stylesheet: light and dark colour schemes, print rules, no web fonts.
enum PageStyle {
    static let css = """
    :root{color-scheme:light dark;\(PagePalette.light.declarations);--shadow:0 1px 2px rgba(0,0,0,.06)}
    @media (prefers-color-scheme:dark){:root{\(PagePalette.dark.declarations);--shadow:none}}
    *{box-sizing:border-box}
    .skip-link{position:absolute;left:.5rem;top:-4rem;z-index:10;padding:.4rem .8rem;background:var(--bg);color:var(--accent);border:2px solid var(--accent);border-radius:6px}
    .skip-link:focus{top:.5rem}
    html{font-size:17px}
    body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;line-height:1.6}
    .page{display:grid;grid-template-columns:minmax(0,15rem) minmax(0,46rem);gap:3rem;justify-content:center;padding:2.5rem 1.5rem 4rem}
    nav.toc{position:sticky;top:1.5rem;align-self:start;font-size:.85rem;max-height:calc(100vh - 3rem);overflow:auto}
    nav.toc .nav-heading{font-size:.75rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .5rem}
    nav.toc ol{list-style:none;margin:0;padding:0}
    nav.toc li{margin:.2rem 0}
    nav.toc li.level-3{padding-left:1rem}
    nav.toc li.level-4,nav.toc li.level-5,nav.toc li.level-6{padding-left:2rem}
    nav.toc a{color:var(--muted);text-decoration:none}
    nav.toc a:hover{color:var(--accent)}
    main{min-width:0}
    h1,h2,h3,h4{line-height:1.25;margin:2rem 0 .75rem}
    h1{font-size:2rem;margin-top:0}
    h2{font-size:1.45rem;border-bottom:1px solid var(--border);padding-bottom:.3rem}
    h3{font-size:1.15rem}
    a{color:var(--accent)}
    a.anchor{margin-left:.4rem;color:var(--muted);text-decoration:none;font-weight:400;visibility:hidden}
    h1:hover a.anchor,h2:hover a.anchor,h3:hover a.anchor,h4:hover a.anchor{visibility:visible}
    code,pre{font-family:ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.85em}
    :not(pre)>code{background:var(--code);border:1px solid var(--border);border-radius:4px;padding:.05em .3em;overflow-wrap:anywhere}
    pre{background:var(--code);border:1px solid var(--border);border-radius:6px;padding:.8rem 1rem;overflow:auto;line-height:1.45}
    blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:4px solid var(--border);color:var(--muted)}
    table{border-collapse:collapse;font-size:.85rem;margin:.75rem 0;font-variant-numeric:tabular-nums}
    .run table{display:block;max-width:100%;overflow-x:auto}
    th,td{border-bottom:1px solid var(--border);padding:.3rem .7rem;text-align:right}
    th{font-weight:600;color:var(--muted)}
    th:first-child,td:first-child{text-align:left}
    math{font-size:1.08em;font-family:"nbrun Math","Latin Modern Math","STIX Two Math","Cambria Math",math}
    math[display=block]{margin:.8rem 0}
    .math-display{display:block;overflow-x:auto;overflow-y:hidden}
    .math-source{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85em;color:var(--accent)}
    .formula{margin:1.2rem 0;padding:.4rem 1rem;overflow-x:auto;border-left:3px solid var(--accent);background:var(--panel);border-radius:0 6px 6px 0}
    .formula .label{font-size:.75rem;color:var(--muted);font-family:ui-monospace,monospace}
    .run{margin:1.8rem 0;border:1px solid var(--border);border-radius:10px;background:var(--panel);box-shadow:var(--shadow);overflow:hidden}
    .run>header{display:flex;align-items:center;gap:.6rem;padding:.55rem 1rem;border-bottom:1px solid var(--border);font-size:.85rem}
    .run>header .name{font-family:ui-monospace,monospace;font-weight:600}
    .run>header .kind{color:var(--muted)}
    .run .body{padding:.4rem 1rem 1rem;background:var(--bg)}
    .run pre.source{margin:0;border:0;border-radius:0;border-bottom:1px solid var(--border);background:var(--code)}
    .badge{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.75rem;font-weight:600;border:1px solid currentColor;margin-left:auto}
    .status-converged{color:var(--ok)}.status-early_stopped{color:var(--accent)}.status-max_epochs{color:var(--muted)}
    .status-timed_out,.status-check_failed{color:var(--warn)}.status-diverged,.status-error{color:var(--bad)}.status-checked{color:var(--muted)}
    p.status{margin:.6rem 0;font-size:.92rem}
    .error{border:1px solid var(--bad);border-left-width:4px;border-radius:6px;padding:.6rem .9rem;margin:.8rem 0;font-size:.9rem;background:var(--bg)}
    .error .where{font-family:ui-monospace,monospace;color:var(--bad);font-weight:600;overflow-wrap:anywhere}
    .error .hint{color:var(--muted)}
    .math-error,.value-error{color:var(--bad);font-family:ui-monospace,monospace;font-size:.85em;border-bottom:1px dotted var(--bad)}.checks{color:var(--ok);font-size:.85em;margin:.4em 0 0}
    .grid{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}
    figure{margin:1rem 0;overflow-x:auto}.multiples{display:flex;flex-wrap:wrap;gap:.5rem}.multiples svg{flex:0 1 320px}
    figure svg{max-width:max(100%,600px);height:auto;display:block}
    figure,.math-display,.run table{background:linear-gradient(to right,var(--bg) 30%,transparent) left/1.5rem 100% no-repeat local,linear-gradient(to left,var(--bg) 30%,transparent) right/1.5rem 100% no-repeat local,linear-gradient(to right,rgba(128,128,128,.35),transparent) left/.6rem 100% no-repeat scroll,linear-gradient(to left,rgba(128,128,128,.35),transparent) right/.6rem 100% no-repeat scroll}
    main img{max-width:100%;height:auto}
    figcaption{font-size:.8rem;color:var(--muted);margin-top:.2rem}
    .equation{display:flex;align-items:center}.equation::before{content:"";flex:0 1000 3.5em}.equation>.math-display{flex:1 1 auto;min-width:0}
    .equation-number{flex:none;min-width:3.5em;padding-left:.5em;text-align:right;white-space:nowrap;color:inherit;text-decoration:none}.figure-number{font-weight:600}
    @media (max-width:600px){.equation{flex-wrap:wrap}.equation::before{display:none}.equation>.math-display{flex-basis:100%}.equation-number{flex-basis:100%;margin-top:-.6rem}}
    .image-figure{text-align:center}.image-figure img{max-width:100%}.run-figure>.run{margin-bottom:.4rem}.run-figure{margin:1.8rem 0}
    ol.references{list-style:none;padding:0}ol.references li{margin:.45rem 0;padding-left:1.6em;text-indent:-1.6em;overflow-wrap:anywhere}.backref{text-decoration:none}
    td.zero{color:var(--muted)}
    td.zero::after{content:" exactly";font-size:.75em}
    details summary{cursor:pointer;color:var(--muted);font-size:.85rem}
    main>details{border:1px solid var(--border);border-radius:8px;padding:0 1rem;margin:1rem 0}
    main>details>summary{color:var(--fg);font-size:1rem;font-weight:600;padding:.4rem 0}
    footer{margin-top:3rem;font-size:.8rem;color:var(--muted);border-top:1px solid var(--border);padding-top:.8rem}
    .diagnostics{border:1px solid var(--bad);border-radius:8px;padding:.4rem 1rem;margin-bottom:1.5rem}
    .diagnostics h2{border:0;font-size:1rem;color:var(--bad);margin:.5rem 0}
    .diagnostics ul{margin:.3rem 0;padding-left:1.2rem;font-family:ui-monospace,monospace;font-size:.8rem}
    @media (max-width:900px){.page{grid-template-columns:minmax(0,1fr);gap:1rem}nav.toc{position:static;max-height:none}}
    :lang(zh) body,:lang(ja) body,:lang(ko) body{font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Noto Sans",sans-serif}
    :lang(zh) td.zero::after{content:"（精确）"}
    @media print{:root{--bg:#fff;--fg:#000;--panel:#fff;--code:#f7f7f7;--muted:#444}nav.toc,nav.pager,.skip-link{display:none}figure,.math-display,.run table{background:none}.page{display:block;padding:0}
    .run{break-inside:avoid;box-shadow:none}a.anchor{display:none}pre{white-space:pre-wrap}
    figure,table,.formula,pre,math[display=block]{break-inside:avoid}h1,h2,h3,h4{break-after:avoid}
    .run details:not(.python)::details-content{content-visibility:visible;display:contents}.run details:not(.python)>summary{list-style:none}
    details.python{display:none}
    main a[href]:not([href^="#"]):not([href^="data:"]):not(.anchor)::after{content:" (" attr(href) ")";font-size:.8em;color:var(--muted);overflow-wrap:anywhere}
    main a[href^="data:"][download]::after{content:" (" attr(download) ")";font-size:.8em;color:var(--muted)}}
    """

    /// Rules only course pages need: the course title, the chapter list (collapsible on narrow screens through a
    /// checkbox label, no script), the landing page's chapter cards and previous/next links.
    static let courseCSS = """
    nav.course-nav .course-title{display:block;font-weight:700;font-size:1rem;color:var(--fg);text-decoration:none;margin-bottom:1rem}
    nav.course-nav .nav-toggle,nav.course-nav .nav-toggle-label{display:none}
    nav.course-nav ol.chapters{margin-bottom:1rem}
    nav.course-nav li.current>a{display:block;color:var(--fg);font-weight:600;border-left:3px solid var(--accent);padding-left:.5rem}
    nav.course-nav ol.contents{margin:.3rem 0 .5rem .6rem;font-size:.95em}
    nav.course-nav ol.contents li.level-3{padding-left:.8rem}
    .description{font-size:1.1rem;color:var(--muted)}
    ol.chapter-list{list-style:none;padding:0}
    ol.chapter-list>li{border:1px solid var(--border);border-radius:8px;padding:.7rem 1rem;margin:.8rem 0;background:var(--panel)}
    ol.chapter-list .chapter-title{font-weight:600;font-size:1.05rem}
    ol.chapter-list .badge{margin-left:.6rem}
    ol.chapter-list p{margin:.4rem 0 0;font-size:.92rem}
    nav.pager{display:flex;justify-content:space-between;gap:1rem;margin-top:3rem}
    nav.pager a{display:flex;flex-direction:column;max-width:48%;padding:.6rem .9rem;border:1px solid var(--border);border-radius:8px;text-decoration:none}
    nav.pager a.next{text-align:right;margin-left:auto}
    nav.pager .label{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
    @media (max-width:900px){nav.course-nav .nav-toggle-label{display:inline-block;cursor:pointer;border:1px solid var(--border);border-radius:6px;padding:.2rem .7rem;color:var(--muted)}
    nav.course-nav .nav-toggle-label::before{content:"☰ "}nav.course-nav .nav-toggle:not(:checked)~.nav-body{display:none}
    nav.course-nav .nav-toggle:focus-visible+.nav-toggle-label{outline:2px solid var(--accent)}}
    div.search{margin:0 0 1rem}
    div.search input{width:100%;font:inherit;padding:.35rem .6rem;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--fg)}
    div.search input:focus{outline:2px solid var(--accent);outline-offset:1px}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
    div.search .search-status{margin:.3rem 0 0;font-size:.8rem;color:var(--muted)}div.search .search-status:empty{margin:0}
    nav.toc ol.search-results{max-height:60vh;overflow:auto;margin:.3rem 0 0}
    nav.toc ol.search-results li{margin:0}
    nav.toc ol.search-results a{display:block;padding:.35rem .5rem;border-radius:6px;color:var(--fg)}
    nav.toc ol.search-results a:hover,nav.toc ol.search-results a:focus{background:var(--panel);color:var(--fg)}
    .search-chapter,.search-snippet{display:block;font-size:.78rem;color:var(--muted)}
    .search-heading{display:block;font-weight:600}
    .search-lang{margin-left:.4rem;padding:0 .3rem;border:1px solid currentColor;border-radius:4px}
    div.search mark{background:#fde68a;color:#1d2228;border-radius:2px}
    .page-tools{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.4rem;font-size:.85rem;color:var(--muted);margin:0 0 1.4rem;padding-bottom:.6rem;border-bottom:1px solid var(--border)}
    .page-tools .downloads,.page-tools .sources{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .9rem}
    .page-tools .tools-label{font-weight:600}
    .page-tools nav.languages{margin-left:auto;display:flex;gap:.4rem}
    .page-tools nav.languages>*{border:1px solid var(--border);border-radius:999px;padding:.05rem .7rem;text-decoration:none}
    .page-tools nav.languages .current{color:var(--fg);background:var(--panel);font-weight:600}
    .status-warning{color:var(--warn)}
    p.print-link{margin-top:2.5rem;font-size:.9rem}
    .print-contents ol{padding-left:1.4rem}.print-contents ol ol{font-size:.9rem;margin:.2rem 0 .6rem}
    .print-chapter{border-top:1px solid var(--border);margin-top:3rem;padding-top:2rem}
    .not-found-home{font-size:1.1rem}
    @media print{nav.course-nav,nav.pager,.page-tools,p.print-link{display:none}ol.chapter-list>li{break-inside:avoid}
    .print-chapter{break-before:page;border-top:0;margin-top:0;padding-top:0}.print-contents a::after{content:none!important}}
    """
}
