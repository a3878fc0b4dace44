extension Templates {
    /// A year's budget: the sums, the register of changes and the form that adds one.
    static let budget = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <div class="table" role="region" aria-label="Budget {{year}} (kr)" tabindex="0"><table>\
        <caption>Budget {{year}} (kr)</caption><tbody>\
        <tr><th scope="row">Ursprunglig budget (Mål och budget)</th><td class="num">{{original}}</td></tr>\
        <tr><th scope="row">Budgetändringar</th><td class="num">{{changes}}</td></tr>\
        <tr><th scope="row">Budget efter ändringar</th><td class="num">{{afterChanges}}</td></tr>\
        {{#proposals}}<tr><th scope="row">Förslag som inte är beslutade (räknas inte)</th>\
        <td class="num">{{.}}</td></tr>{{/proposals}}</tbody></table></div>\
        <h2>Excel</h2><p><a href="{{templateURL}}">Ladda ner budgetmallen {{year}} (xlsx)</a>: den ursprungliga \
        budgeten per verksamhet och konto. Ändra belopp (kolumn E) och månadsprofiler (vikterna i F–Q; tomma ger \
        jämn periodisering), lägg till nya rader längst ned i Excel eller LibreOffice och läs in den här. \
        Budgetändringarna nedan påverkas inte.</p>\
        <form method="post" action="{{templateURL}}" enctype="multipart/form-data">\
        <input type="hidden" name="csrf" value="{{csrf}}"><p><label for="budget-file">Ifylld budgetmall</label> \
        <input type="file" id="budget-file" name="file" accept=".xlsx"> \
        <button type="submit">Läs in och förhandsgranska</button></p></form>\
        <div class="table" role="region" aria-label="Budgetändringar {{year}} (kr)" tabindex="0"><table>\
        <caption>Budgetändringar {{year}} (kr)</caption><thead><tr><th scope="col">Beslutsdatum</th>\
        <th scope="col">Slag</th><th scope="col">Beslut</th><th scope="col">Budgetrad</th><th scope="col">Konto</th>\
        <th scope="col" class="num">Belopp</th></tr></thead><tbody>\
        {{#register}}<tr><td>{{date}}</td><td>{{kind}}</td><td>{{reference}}</td><td>{{node}}</td>\
        <td>{{account}}</td><td class="num">{{amount}}</td></tr>{{/register}}\
        {{^register}}<tr><td colspan="6">Inga budgetändringar är registrerade.</td></tr>{{/register}}</tbody></table>\
        </div>\
        <h2>Registrera en budgetändring</h2>\
        <p>Ett beslut per registrering. En omdisposition flyttar pengar mellan budgetrader och ska summera \
        till noll; en tilläggsbudget eller ombudgetering ändrar totalen. Belopp i kronor med resultattecken \
        (kostnad negativ).</p>\
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <p><label for="b-date">Beslutsdatum</label> \
        <input type="date" id="b-date" name="date" value="{{date}}" required> \
        <label for="b-kind">Slag</label> <select id="b-kind" name="kind">\
        {{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select> \
        <label for="b-ref">Beslut (paragraf, diarienummer)</label> \
        <input type="text" id="b-ref" name="reference" value="{{reference}}" size="30"></p>\
        <div class="table" role="region" aria-label="Rader" tabindex="0"><table><caption>Rader</caption><thead><tr>\
        <th scope="col">Budgetrad</th><th scope="col">Konto</th>\
        <th scope="col">Belopp (kr)</th></tr></thead><tbody>\
        {{#rows}}<tr><td><select name="node_{{index}}" aria-label="Budgetrad {{number}}">\
        <option value=""></option>{{#nodes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>\
        {{name}}</option>{{/nodes}}</select></td>\
        <td><input type="text" name="account_{{index}}" value="{{account}}" size="6" inputmode="numeric" \
        aria-label="Konto rad {{number}}"></td>\
        <td><input type="text" name="amount_{{index}}" value="{{amount}}" inputmode="decimal" \
        aria-label="Belopp rad {{number}}"></td></tr>{{/rows}}</tbody></table></div>\
        <p><button type="submit">Registrera</button></p></form>
        """
}

extension Templates {
    /// The status board: each committee's reporting of the period, and the period's deadline.
    static let status = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <p>{{reported}} av {{committees}} nämnder har lämnat in eller fått sin prognos godkänd. \
        {{#due}}Sista dag: <strong>{{.}}</strong>.{{/due}}{{^due}}Ingen sista dag är satt.{{/due}}</p>\
        <div class="table" role="region" aria-label="Nämndernas rapportering {{span}}" tabindex="0"><table>\
        <caption>Nämndernas rapportering {{span}}</caption><thead><tr><th scope="col">Nämnd</th>\
        <th scope="col">Status</th><th scope="col">Senast ändrad av</th><th scope="col">När</th></tr></thead><tbody>\
        {{#rows}}<tr{{#overdue}} class="overdue"{{/overdue}}><td><a href="{{url}}">{{name}}</a></td>\
        <td>{{status}}{{#overdue}} <strong>– försenad</strong>{{/overdue}}\
        {{#review}} (<a href="{{.}}">granska</a>){{/review}}</td><td>{{by}}</td><td>{{at}}</td></tr>\
        {{/rows}}</tbody></table></div>\
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <p><label for="s-due">Sista dag för rapporteringen</label> \
        <input type="date" id="s-due" name="due" value="{{dueValue}}"> \
        <button type="submit">Spara</button> (tomt fält tar bort sista dagen)</p></form>
        """
}

extension Templates {
    /// An upload's wrong cells (the forecast's and the budget's template).
    static let uploadProblems = """
        {{#hasProblems}}<div class="error" role="alert"><p>Filen kunde inte läsas in. Inget är sparat.</p><ul>\
        {{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        """

    /// The preview of an uploaded budget template: the rows that change, the wrong cells, the save.
    static let budgetUpload = """
        {{>uploadProblems}}\
        {{^hasProblems}}<p>{{changed}} rader ändras och {{added}} läggs till; {{unchanged}} är oförändrade. \
        Ursprunglig budget {{year}}: {{before}} kr före, {{after}} kr efter inläsningen. Budgetändringar och \
        förslag påverkas inte.</p>{{^hasChanges}}<p>Inga belopp eller profiler ändras.</p>{{/hasChanges}}\
        {{#hasChanges}}<div class="table" role="region" aria-label="Ändringar (kr)" tabindex="0">\
        <table><caption>Ändringar (kr)</caption><thead><tr><th scope="col">Cell</th>\
        <th scope="col">Verksamhet</th><th scope="col">Konto</th><th scope="col" class="num">Budget nu</th>\
        <th scope="col" class="num">Ny budget</th><th scope="col" class="num">Förändring</th>\
        <th scope="col">Profil nu</th><th scope="col">Ny profil</th></tr></thead><tbody>\
        {{#rows}}<tr><td>{{place}}</td><th scope="row">{{name}}{{#isNew}} (ny rad){{/isNew}}</th>\
        <td>{{account}}</td><td class="num">{{current}}</td><td class="num">{{new}}</td>\
        <td class="num">{{change}}</td><td>{{currentProfile}}</td><td>{{newProfile}}</td></tr>{{/rows}}\
        </tbody></table></div>\
        <form method="post" action="{{action}}" enctype="multipart/form-data">\
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="basis" value="{{basis}}">\
        <input type="hidden" name="filename" value="{{filename}}"><input type="hidden" name="book" value="{{book}}">\
        <p><button type="submit" name="action" value="save">Spara budgeten</button> (ersätter den ursprungliga \
        budgeten {{year}})</p></form>{{/hasChanges}}{{/hasProblems}}\
        <p><a href="{{budgetURL}}">Tillbaka till budgeten</a></p>
        """
}
