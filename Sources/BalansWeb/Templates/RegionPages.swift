extension Templates {
    /// The dashboard's body: the period, for admin and central controllers the key ratios and
    /// the committees with a forecast deficit, the committees' figures, and the charts.
    static let dashboard = """
        <p>Period: {{span}}. <a href="{{reports}}">Rapporter</a></p>\
        {{#region}}<section aria-labelledby="h-nyckeltal"><h2 id="h-nyckeltal">Nyckeltal</h2><div class="grid">
        <div class="card"><div>Resultat efter {{month}} månader</div>\
        <div class="big">{{outcome}}\u{A0}mnkr</div></div>
        <div class="card"><div>Prognos avvikelse mot budget {{year}}</div>\
        <div class="big{{#negative}} neg{{/negative}}">{{deviation}}\u{A0}mnkr</div></div>
        <div class="card"><div>Nettokostnadsandel, prognos</div><div class="big">{{netCostShare}}</div></div>
        <div class="card"><div>Soliditet</div><div class="big">{{equityRatio}}</div></div>
        </div></section>\
        {{#anyDeficit}}<p class="notice">Prognostiserat underskott: \
        {{#deficits}}<a href="{{url}}">{{name}}</a> ({{amount}} mnkr){{^last}}, {{/last}}{{/deficits}}</p>\
        {{/anyDeficit}}{{/region}}\
        <table><caption>Resultat och prognos per nämnd (mnkr)</caption><thead><tr><th scope="col">Nämnd</th>\
        <th scope="col" class="num">Utfall</th><th scope="col" class="num hide-narrow">Budget t.o.m. perioden</th>\
        <th scope="col" class="num">Avvikelse</th><th scope="col" class="num">Prognos avvikelse helår</th></tr>\
        </thead><tbody>\
        {{#committees}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th>\
        <td class="num"><a href="{{url}}">{{outcome}}</a></td><td class="num hide-narrow">{{budgetToDate}}</td>\
        <td class="num">{{deviationToDate}}</td><td class="num">{{forecastDeviation}}</td></tr>{{/committees}}\
        </tbody></table>\
        {{#region}}<section aria-labelledby="h-diagram"><h2 id="h-diagram">Diagram</h2>\
        <style>.chart svg{max-width:100%;height:auto;font-size:13px}.chart .label,.chart .value{fill:#1a1a1a}\
        figcaption{font-size:.85rem}</style>{{{charts}}}</section>{{/region}}
        """

    /// A page of report chapters (staff, investments, activities, goals): each chapter's HTML
    /// as the report renders it (`HTMLRenderer.fragment`).
    static let chapters = """
        <style>.table-wrap{overflow-x:auto}.footnote{font-size:.85rem}\
        .missing{background:#fff4ce;border-left:4px solid #8a6100;padding:.4rem .7rem}\
        .chart svg{max-width:100%;height:auto}</style><p>{{subtitle}}</p>\
        {{^found}}<p class="notice">Det finns inga uppgifter för perioden.</p>{{/found}}\
        {{#found}}<section><h2>{{title}}</h2>{{{html}}}</section>{{/found}}
        """
}
