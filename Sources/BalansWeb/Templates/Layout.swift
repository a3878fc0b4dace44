extension Templates {
    /// Every page: the head with the style, the menu of the logged-in user, the title and the
    /// body (HTML from the page's own template).
    static let layout = """
        <!doctype html>
        <html lang="sv">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} – Balans</title><style>\
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;margin:0;line-height:1.45}
        header.top{background:#0b3d6b;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.5rem;align-items:center;\
        flex-wrap:wrap}
        header.top a{color:#fff;margin-right:1rem}
        header.top .who{margin-left:auto;font-size:.9rem}
        main{max-width:78rem;margin:0 auto;padding:1rem 1.2rem}
        table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
        caption{text-align:left;font-weight:700;padding:.3rem 0}
        th,td{padding:.3rem .5rem;border-bottom:1px solid #dde3ea;text-align:left}
        thead th{background:#0b3d6b;color:#fff}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.total td,tr.total th{font-weight:700;border-top:2px solid #1a1a1a}
        a{color:#0b4f8a}
        thead th a{color:#fff}
        td.date{white-space:nowrap}
        .neg{color:#a11d1d}
        .notice{background:#fff4ce;border-left:4px solid #8a6100;padding:.5rem .8rem}
        .error{background:#fde7e7;border-left:4px solid #a11d1d;padding:.5rem .8rem}
        .ok{background:#e6f4ea;border-left:4px solid #1d6b35;padding:.5rem .8rem}
        form.inline{display:inline}
        input[type=text],input[type=password],textarea{font:inherit;padding:.3rem;border:1px solid #5c6b7a;\
        border-radius:3px}
        input.amount{text-align:right;width:9rem}
        input.invalid{border:2px solid #a11d1d;background:#fde7e7}
        .warning{color:#7a4b00;font-size:.85rem}
        tr.subtotal td,tr.subtotal th{font-style:italic;border-top:1px solid #5c6b7a}
        button{font:inherit;padding:.35rem .9rem;background:#0b3d6b;color:#fff;border:0;border-radius:3px;\
        cursor:pointer}
        button.secondary{background:#fff;color:#0b3d6b;border:1px solid #0b3d6b}
        :focus-visible{outline:3px solid #e0a800;outline-offset:2px}
        .sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);\
        white-space:nowrap;border:0}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
        .card{border:1px solid #dde3ea;border-radius:4px;padding:.7rem 1rem}
        .card .big{font-size:1.6rem;font-weight:700}
        .skip{position:absolute;left:-100rem;top:.4rem;background:#fff;color:#0b3d6b;padding:.4rem .8rem;z-index:9}
        .skip:focus{left:.6rem}
        header.top nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center;flex:1 1 20rem}
        header.top nav a{margin-right:0}
        div.table,.table-wrap{overflow-x:auto;max-width:100%}
        .periods{margin:.2rem 0 .8rem}.periods select{font:inherit;padding:.2rem}
        .light{display:inline-block;padding:0 .45rem;border-radius:3px;border:1px solid;font-weight:600;\
        white-space:nowrap}
        .light.green{background:#e6f4ea;color:#1d6b35}.light.yellow{background:#fff4ce;color:#6b4200}\
        .light.red{background:#fde7e7;color:#a11d1d}
        .spark{vertical-align:middle}
        @media (max-width:48rem){table{font-size:.85rem}.hide-narrow{display:none}main{padding:.6rem}\
        header.top{padding:.5rem .6rem;gap:.5rem}header.top .who{margin-left:0}}
        @media print{header.top,.skip,.periods,button,input[type=file],form:not(:has(table)){display:none}\
        body{color:#000;background:#fff;font-size:10pt}main{max-width:none;padding:0}a{color:#000;text-decoration:none}\
        thead th,thead th a{background:#fff;color:#000;border-bottom:2px solid #000}thead{display:table-header-group}\
        tr,.card,figure,svg{break-inside:avoid}div.table,.table-wrap{overflow:visible}\
        .neg{color:#000}.light{background:#fff;color:#000}}</style></head>
        <body><a class="skip" href="#innehall">Hoppa till innehållet</a><header class="top"><strong>Balans</strong>\
        <nav aria-label="Huvudmeny">\
        {{#user}}{{#links}}<a href="{{url}}">{{label}}</a>{{^last}} {{/last}}{{/links}}\
        {{#organisations}}<span class="orgs">{{#showForm}}<form class="inline" method="post" action="{{action}}">\
        <input type="hidden" name="csrf" value="{{csrf}}"><label for="org-val" class="sr">Organisation</label>\
        <select id="org-val" name="organisation" style="font:inherit">{{#options}}<option value="{{code}}"\
        {{#selected}} selected{{/selected}}>{{name}}</option>{{/options}}</select> <button class="secondary" \
        type="submit">Byt organisation</button></form>{{/showForm}}{{^showForm}}{{current}}{{/showForm}}\
        {{#showLinks}} · Andra: {{#links}}<a href="{{url}}">{{name}}</a> {{/links}}{{/showLinks}}</span>\
        {{/organisations}}\
        <span class="who">{{name}} ({{role}}) \
        <form class="inline" method="post" action="{{logout}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <button class="secondary" type="submit">Logga ut</button></form></span>{{/user}}</nav></header>
        <main id="innehall" tabindex="-1"><h1>{{title}}</h1>
        {{#periods}}<form class="periods" method="get" action="{{action}}"><label for="period-val">Period</label> \
        <select id="period-val" name="period">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>\
        {{label}}</option>{{/options}}</select>{{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">\
        {{/hidden}} <button type="submit" class="secondary">Visa</button></form>
        {{/periods}}{{{body}}}
        </main></body></html>

        """
}
