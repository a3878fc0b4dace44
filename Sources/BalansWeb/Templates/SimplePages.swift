extension Templates {
    /// The login form; `error` above it when the last try failed.
    static let login = """
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#chooseOrganisation}}<p><label for="organisation">Organisation</label><br>\
        <select id="organisation" name="organisation" style="font:inherit;padding:.3rem">{{#organisations}}\
        <option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/organisations}}</select></p>
        {{/chooseOrganisation}}<p><label for="name">Användarnamn</label><br>\
        <input type="text" id="name" name="name" autocomplete="username" value="{{name}}" required></p>
        <p><label for="password">Lösenord</label><br>\
        <input type="password" id="password" name="password" autocomplete="current-password" required></p>
        <p><button type="submit">Logga in</button></p>
        </form>
        """

    /// The reports of today's data in every format, and the frozen (published) ones.
    static let reports = """
        {{#showCurrent}}<h2>Rapporter ur dagens data</h2><ul>\
        {{#current}}<li>{{title}} {{period}}: {{>formatLinks}}{{#publish}} · <a href="{{.}}">fastställ eller se \
        ändringar</a>{{/publish}}</li>{{/current}}</ul>{{/showCurrent}}\
        <h2>Fastställda rapporter</h2>\
        {{^anyFrozen}}<p>Inga rapporter är fastställda ännu.</p>{{/anyFrozen}}\
        {{#years}}<h3>{{year}}</h3><ul>{{#frozen}}<li><strong>{{title}}</strong> ({{kind}}, {{period}}{{#node}}, \
        {{.}}{{/node}}; fastställd {{frozenAt}}): {{>formatLinks}}</li>{{/frozen}}</ul>{{/years}}
        """

    /// A report's links, one per format, between them " · ".
    static let formatLinks = """
        {{#links}}<a href="{{url}}">{{format}}</a>{{^last}} · {{/last}}{{/links}}
        """
}
