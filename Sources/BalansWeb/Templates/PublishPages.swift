extension Templates {
    /// Publishing a report: its state, the figures its texts quote that it does not give, the texts it goes
    /// without, the button; once frozen, what today's data would change.
    static let publish = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}<p>{{subtitle}}</p>\
        {{#frozenAt}}<p>Fastställd <strong>{{.}}</strong>: {{#links}}<a href="{{url}}">{{format}}</a>\
        {{^last}} · {{/last}}{{/links}}.</p>\
        <h2>Ändringar sedan rapporten fastställdes</h2>\
        <p>Underlaget är {{#sameData}}oförändrat{{/sameData}}{{^sameData}}ändrat{{/sameData}} sedan dess.</p>\
        {{^hasDifferences}}<p>Inga skillnader mot dagens data.</p>{{/hasDifferences}}\
        {{#hasDifferences}}<ul>{{#differences}}<li>{{.}}</li>{{/differences}}</ul>{{/hasDifferences}}{{/frozenAt}}\
        {{#hasStale}}<div class="notice" role="alert"><p>Texterna nämner tal som rapportens data inte ger \
        (kontrollera texterna innan rapporten fastställs):</p><ul>{{#stale}}<li>{{place}}: {{quoted}}</li>\
        {{/stale}}</ul></div>{{/hasStale}}\
        {{#hasMissing}}<p>Rapporten saknar text på dessa ställen:</p><ul>{{#missing}}<li>{{.}}</li>\
        {{/missing}}</ul>{{/hasMissing}}\
        {{^frozenAt}}<form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <p><button type="submit">Fastställ rapporten</button> (den fryses: senare inläsningar ändrar den inte, \
        och läsarna ser den under Rapporter)</p></form>{{/frozenAt}}
        """
}
