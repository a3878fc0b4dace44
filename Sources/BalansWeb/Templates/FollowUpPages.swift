extension Templates {
    /// A committee or group: the forecast's state, its lines' figures (each linked), the way to
    /// the forecast form and the follow-up, and for the central controller the decision.
    static let committee = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        <p>{{span}}. Prognos i Balans: <strong>{{status}}</strong>\
        {{#stateVersion}} (version {{number}}, {{by}}){{/stateVersion}}{{#stateComment}} – {{.}}{{/stateComment}}</p>\
        <table><caption>Driftredovisning (mnkr)</caption><thead><tr><th scope="col">Verksamhet</th>\
        <th scope="col" class="num">Utfall</th><th scope="col" class="num">Budget t.o.m. perioden</th>\
        <th scope="col" class="num">Prognos helår</th><th scope="col" class="num">Budget helår</th>\
        <th scope="col" class="num">Avvikelse helår</th></tr></thead><tbody>\
        {{#rows}}<tr{{#total}} class="total"{{/total}}><th scope="row" style="padding-left:{{indent}}rem">{{name}}</th>\
        {{#cells}}<td class="num">{{#link}}<a href="{{.}}">{{/link}}{{amount}}{{#link}}</a>{{/link}}</td>{{/cells}}\
        </tr>{{/rows}}</tbody></table>\
        {{#forecastLink}}<p><a href="{{url}}">Lämna prognos för {{span}}{{#whole}} (hela {{.}}){{/whole}}</a></p>\
        {{/forecastLink}}<p><a href="{{followUp}}">Texter, aktiviteter och indikatorer</a></p>\
        {{#decision}}<form method="post" action="{{approveURL}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{version}}">
        <button type="submit">Godkänn prognosen</button></form>
        <form method="post" action="{{returnURL}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{version}}">
        <p><label for="comment">Kommentar till nämnden</label><br>\
        <textarea id="comment" name="comment" rows="2" cols="60" required></textarea></p>
        <button class="secondary" type="submit">Returnera</button></form>{{/decision}}
        """

    /// A line: its accounts, the outcome of each linked to its rows, and the sums.
    static let line = """
        {{#back}}<p><a href="{{.}}">Tillbaka</a></p>{{/back}}\
        <table><caption>Per konto {{span}} (kr)</caption><thead><tr><th scope="col">Konto</th>\
        <th scope="col" class="num">Utfall</th><th scope="col" class="num">Budget helår</th>\
        <th scope="col" class="num">Prognos helår</th></tr></thead><tbody>\
        {{#accounts}}<tr><th scope="row">{{label}}</th>\
        <td class="num">{{#rowsURL}}<a href="{{.}}">{{/rowsURL}}{{outcome}}{{#rowsURL}}</a>{{/rowsURL}}</td>\
        <td class="num">{{annualBudget}}</td><td class="num">{{forecast}}</td></tr>{{/accounts}}\
        <tr class="total"><th scope="row">Summa</th><td class="num">{{totalOutcome}}</td>\
        <td class="num">{{totalBudget}}</td><td class="num">{{totalForecast}}</td></tr></tbody></table>
        """

    /// The forecast form: an amount and a comment per line and account, read-only unless the
    /// forecast is a draft or returned.
    static let forecastForm = """
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <p>Helårsprognos per verksamhet och konto i kronor (intäkter positiva, kostnader negativa). \
        Status: <strong>{{status}}</strong>.</p>\
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{version}}">\
        <table><caption>Prognos {{year}}</caption><thead><tr><th scope="col">Verksamhet</th>\
        <th scope="col">Konto</th><th scope="col" class="num">Budget helår</th>\
        <th scope="col" class="num">Prognos helår (kr)</th><th scope="col">Kommentar</th></tr></thead><tbody>\
        {{#rows}}<tr><th scope="row">{{name}}</th><td>{{account}}</td><td class="num">{{budget}}</td>\
        <td class="num"><input class="amount" type="text" inputmode="decimal" name="amount_{{index}}" \
        aria-label="Prognos {{name}} konto {{account}}" value="{{amount}}"{{^editable}} readonly{{/editable}}></td>\
        <td><input type="text" name="comment_{{index}}" aria-label="Kommentar {{name}}" value="{{comment}}"\
        {{^editable}} readonly{{/editable}}></td></tr>{{/rows}}</tbody></table>\
        {{#editable}}<p><button type="submit" name="action" value="save">Spara utkast</button> \
        <button type="submit" name="action" value="submit">Spara och lämna in</button></p>{{/editable}}</form>
        """
}
