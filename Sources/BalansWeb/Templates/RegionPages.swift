extension Templates {
    /// The dashboard's body: the period, for admin and central controllers the key ratios and
    /// the committees with a forecast deficit, the committees' figures, and the charts.
    static let dashboard = """
        <p>Period: {{span}}. <a href="{{reports}}">Rapporter</a></p>\
        {{#region}}<section aria-labelledby="h-nyckeltal"><h2 id="h-nyckeltal">Nyckeltal</h2><div class="grid">
        <div class="card"><div>Resultat efter {{month}} månader</div>\
        <div class="big{{#outcomeNegative}} neg{{/outcomeNegative}}">{{outcome}}\u{A0}mnkr</div></div>
        <div class="card"><div>Prognos avvikelse mot budget {{year}}</div>\
        <div class="big{{#negative}} neg{{/negative}}">{{deviation}}\u{A0}mnkr</div></div>
        <div class="card"><div>Nettokostnadsandel, prognos</div><div class="big">{{netCostShare}}</div></div>
        <div class="card"><div>Soliditet</div><div class="big">{{equityRatio}}</div></div>
        </div></section>\
        {{#anyDeficit}}<p class="notice">Prognostiserat underskott: \
        {{#deficits}}<a href="{{url}}">{{name}}</a> (<span class="neg">{{amount}}</span> mnkr){{^last}}, {{/last}}\
        {{/deficits}}</p>{{/anyDeficit}}\
        <section aria-labelledby="h-mal"><h2 id="h-mal">Finansiella mål</h2>\
        <div class="table" role="region" aria-label="Finansiella mål {{year}}" tabindex="0"><table>\
        <caption>Finansiella mål {{year}}</caption><thead><tr><th scope="col">Mål</th><th scope="col">Målvärde</th>\
        <th scope="col" class="num">Utfall t.o.m. perioden</th><th scope="col" class="num">Prognos helår</th>\
        <th scope="col">Läge</th></tr></thead><tbody>{{#goals}}<tr><th scope="row">{{name}}</th><td>{{target}}</td>\
        <td class="num">{{outcome}}</td><td class="num">{{forecast}}</td><td>{{#light}}{{>light}}{{/light}}</td></tr>\
        {{/goals}}</tbody></table></div><p class="legend">Grön: prognosen når målet. Gul: utfallet hittills \
        når målet men inte prognosen för helåret. Röd: varken utfall eller prognos når målet.</p></section>\
        {{/region}}\
        <section aria-labelledby="h-namnder"><h2 id="h-namnder">Nämnderna</h2>\
        <div class="table" role="region" aria-label="Resultat och prognos per nämnd (mnkr)" tabindex="0"><table>\
        <caption>Resultat och prognos per nämnd (mnkr)</caption><thead><tr><th scope="col">Nämnd</th>\
        <th scope="col" class="num">Utfall</th><th scope="col" class="num hide-narrow">Budget t.o.m. perioden</th>\
        <th scope="col" class="num">Avvikelse</th><th scope="col" class="num">Prognos avvikelse helår</th>\
        <th scope="col" class="num">Förändring sedan föregående prognos ({{previous}})</th>\
        <th scope="col">Läge</th></tr></thead><tbody>\
        {{#committees}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th>\
        {{#outcome}}<td class="num{{#neg}} neg{{/neg}}"><a href="{{url}}">{{text}}</a></td>{{/outcome}}\
        {{#budgetToDate}}<td class="num hide-narrow{{#neg}} neg{{/neg}}">{{text}}</td>{{/budgetToDate}}\
        {{#deviationToDate}}{{>figure}}{{/deviationToDate}}{{#forecastDeviation}}{{>figure}}{{/forecastDeviation}}\
        {{#forecastChange}}{{>figure}}{{/forecastChange}}<td>{{#light}}{{>light}}{{/light}}</td></tr>\
        {{/committees}}</tbody></table></div>\
        <p class="legend">Läge mot budget för helåret: röd vid ett prognostiserat underskott på minst \
        {{threshold}}\u{A0}mnkr (organisationens gräns för större avvikelser), gul vid ett mindre underskott, grön \
        vid balans eller överskott.</p></section>\
        <section aria-labelledby="h-manad"><h2 id="h-manad">Utveckling per månad {{year}}</h2>\
        <div class="table" role="region" aria-label="Utfall per månad och nämnd {{year}} (mnkr)" tabindex="0"><table>\
        <caption>Utfall per månad och nämnd {{year}} (mnkr)</caption><thead><tr><th scope="col">Nämnd</th>\
        {{#monthNames}}<th scope="col" class="num">{{.}}</th>{{/monthNames}}</tr></thead><tbody>\
        {{#developments}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th>\
        {{#months}}{{>figure}}{{/months}}</tr>{{/developments}}</tbody></table></div>\
        <div class="table" role="region" aria-label="Ackumulerat utfall per nämnd {{year}} (mnkr)" tabindex="0">\
        <table><caption>Ackumulerat utfall per nämnd {{year}} (mnkr)</caption><thead><tr>\
        <th scope="col">Nämnd</th>{{#monthNames}}<th scope="col" class="num">{{.}}</th>{{/monthNames}}\
        <th scope="col">Utveckling</th></tr></thead><tbody>\
        {{#developments}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th>\
        {{#cumulative}}{{>figure}}{{/cumulative}}<td>{{{sparkline}}}</td></tr>{{/developments}}</tbody></table>\
        </div></section>\
        {{#region}}<section aria-labelledby="h-diagram"><h2 id="h-diagram">Diagram</h2>\
        <style>.chart svg{max-width:100%;height:auto;font-size:13px}.chart .label,.chart .value{fill:#1a1a1a}\
        figcaption{font-size:.85rem}</style>{{{charts}}}</section>{{/region}}
        """

    /// A figure's cell: right-aligned, marked `neg` when it prints negative (`DashboardView.Figure`).
    static let figure = """
        <td class="num{{#neg}} neg{{/neg}}">{{text}}</td>
        """

    /// A traffic light with its words (`DashboardView.Light`).
    static let light = """
        <span class="light {{css}}">{{label}}</span>
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
