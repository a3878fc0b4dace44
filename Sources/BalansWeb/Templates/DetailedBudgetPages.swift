extension Templates {
    /// The frame, the net cost and the remainder (the top of a committee's detailed budget).
    static let detailedBudgetSummary = """
        <div class="table" role="region" aria-label="Ram och detaljbudget {{year}} (kr)" tabindex="0"><table>\
        <caption>Ram och detaljbudget {{year}} (kr)</caption><tbody>\
        <tr><th scope="row">Ram (regionbidrag)</th><td class="num">{{summary.frame}}</td></tr>\
        <tr><th scope="row">Detaljbudgetens nettokostnad</th><td class="num">{{summary.netCost}}</td></tr>\
        <tr class="total"><th scope="row">Kvar av ramen</th>\
        <td class="num{{#summary.over}} neg{{/summary.over}}">{{summary.remainder}}</td></tr></tbody></table></div>\
        <p>{{summary.source}}{{#summary.over}} <strong>Detaljbudgeten överskrider ramen.</strong>{{/summary.over}}</p>
        """

    /// A committee's detailed budget: the summary, the workflow, the rows and staff rows as a form, the decision.
    static let detailedBudget = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        {{>detailedBudgetSummary}}\
        <p>Status: <strong>{{status}}</strong> (version {{version}}{{#updatedBy}}, {{.}}{{/updatedBy}})\
        {{#comment}} – {{.}}{{/comment}}</p>\
        <p>År: {{#years}}{{#current}}<strong>{{label}}</strong> {{/current}}\
        {{^current}}<a href="{{url}}">{{label}}</a> {{/current}}{{/years}}\
        {{#overviewURL}} · <a href="{{.}}">Alla nämnders detaljbudgetar</a>{{/overviewURL}}</p>\
        {{#starting}}<p class="notice" role="status">Raderna nedan är nämndens rader i den ursprungliga budgeten \
        {{year}}, som utgångspunkt. Inget är sparat förrän du sparar.</p>{{/starting}}\
        <p>Belopp i kronor med resultattecken (intäkt positiv, kostnad negativ), per verksamhet och externt konto; \
        regionbidraget och andra interna rader ligger kvar i budgeten som de är. Periodisering: jämn, som fjolårets \
        utfall på verksamheten och kontot, eller tolv egna vikter. Personalkostnad = årsarbetare × \
        månadslön × 12 × (1 + PO-pålägg).</p>\
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{version}}">\
        <input type="hidden" name="lines" value="{{lineCount}}">\
        <input type="hidden" name="staffRows" value="{{staffCount}}">\
        <div class="table" role="region" aria-label="Budgetrader" tabindex="0"><table><caption>Budgetrader</caption>\
        <thead><tr><th scope="col">Verksamhet</th><th scope="col">Konto</th><th scope="col">Belopp helår (kr)</th>\
        <th scope="col">Periodisering</th><th scope="col">Vikter jan–dec</th></tr></thead><tbody>\
        {{#lines}}<tr><td><select{{>disabled}} name="node_{{index}}" aria-label="Verksamhet rad {{number}}">\
        <option value=""></option>{{#nodes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}\
        </option>{{/nodes}}</select></td>\
        <td><input{{>disabled}} type="text" name="account_{{index}}" value="{{account}}" size="6" \
        inputmode="numeric" aria-label="Konto rad {{number}}"></td>\
        <td><input{{>disabled}} type="text" name="amount_{{index}}" \
        value="{{amount}}" inputmode="decimal" aria-label="Belopp rad {{number}}"></td>\
        <td><select{{>disabled}} name="profile_{{index}}" aria-label="Periodisering rad {{number}}">{{#profiles}}\
        <option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/profiles}}</select></td>\
        <td><input{{>disabled}} type="text" name="weights_{{index}}" value="{{weights}}" size="30" \
        aria-label="Vikter rad {{number}}"></td></tr>{{/lines}}</tbody></table></div>\
        <div class="table" role="region" aria-label="Personal" tabindex="0"><table><caption>Personal</caption>\
        <thead><tr><th scope="col">Verksamhet</th><th scope="col">Konto</th><th scope="col">Personalkategori</th>\
        <th scope="col">Årsarbetare</th><th scope="col">Månadslön (kr)</th><th scope="col">PO-pålägg (%)</th>\
        <th scope="col" class="num">Kostnad helår (kr)</th></tr></thead><tbody>\
        {{#staffRows}}<tr><td>\
        <select{{>disabled}} name="snode_{{index}}" aria-label="Verksamhet personalrad {{number}}">\
        <option value=""></option>{{#nodes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}\
        </option>{{/nodes}}</select></td>\
        <td><input{{>disabled}} type="text" name="saccount_{{index}}" value="{{account}}" \
        size="6" inputmode="numeric" aria-label="Konto personalrad {{number}}"></td>\
        <td><input{{>disabled}} type="text" name="category_{{index}}" value="{{category}}" \
        aria-label="Personalkategori personalrad {{number}}"></td>\
        <td><input{{>disabled}} type="text" name="fte_{{index}}" \
        value="{{fte}}" size="6" inputmode="decimal" aria-label="Årsarbetare personalrad {{number}}"></td>\
        <td><input{{>disabled}} type="text" name="salary_{{index}}" value="{{salary}}" size="10" inputmode="decimal" \
        aria-label="Månadslön personalrad {{number}}"></td>\
        <td><input{{>disabled}} type="text" name="po_{{index}}" value="{{po}}" \
        size="5" inputmode="decimal" aria-label="PO-pålägg personalrad {{number}}"></td>\
        <td class="num">{{cost}}</td></tr>{{/staffRows}}</tbody></table></div>\
        <div class="table" role="region" aria-label="Per månad (kr)" tabindex="0"><table><caption>Per månad (kr)\
        </caption><thead><tr>{{#months}}<th scope="col" class="num">{{label}}</th>{{/months}}</tr></thead><tbody><tr>\
        {{#months}}<td class="num">{{amount}}</td>{{/months}}</tr></tbody></table></div>\
        {{#editable}}<p><button type="submit" name="action" value="save">Spara utkast</button> \
        <button type="submit" name="action" value="submit">Spara och lämna in</button></p>{{/editable}}</form>\
        {{#editable}}<h2>Excel</h2><p><a href="{{templateURL}}">Ladda ner detaljbudgeten som mall (xlsx)</a>: \
        ändra belopp (kolumn E), vikter (F–Q; tomma ger jämn periodisering) eller skriv ja i AD för fjolårets \
        profil, lägg till rader längst ned och läs in den här. Personalraderna påverkas inte.</p>\
        <form method="post" action="{{templateURL}}" enctype="multipart/form-data">\
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">\
        <p><label for="d-file">Ifylld mall</label> <input type="file" id="d-file" name="file" accept=".xlsx"> \
        <button type="submit">Läs in och förhandsgranska</button></p></form>{{/editable}}\
        {{#decision}}<h2>Granska</h2><form method="post" action="{{approveURL}}">\
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">\
        <p><button type="submit">Godkänn</button> (ersätter nämndens rader i den ursprungliga budgeten {{year}})</p>\
        </form><form method="post" action="{{returnURL}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{version}}"><p><label for="d-comment">Kommentar</label> \
        <input type="text" id="d-comment" name="comment" size="50"> <button type="submit">Returnera</button></p>\
        </form>{{/decision}}
        """

    /// ` disabled` on a form field when the page is not editable.
    static let disabled = "{{^editable}} disabled{{/editable}}"

    /// Every committee's detailed budget of a year.
    static let detailedBudgets = """
        <p>År: {{#years}}{{#current}}<strong>{{label}}</strong> {{/current}}\
        {{^current}}<a href="{{url}}">{{label}}</a> {{/current}}{{/years}}</p>\
        <div class="table" role="region" aria-label="Nämndernas detaljbudgetar {{year}} (kr)" tabindex="0"><table>\
        <caption>Nämndernas detaljbudgetar {{year}} (kr)</caption><thead><tr><th scope="col">Nämnd</th>\
        <th scope="col">Status</th><th scope="col" class="num">Ram</th><th scope="col" class="num">Nettokostnad</th>\
        <th scope="col" class="num">Kvar av ramen</th></tr></thead><tbody>\
        {{#rows}}<tr><th scope="row"><a href="{{url}}">{{name}}</a></th><td>{{status}}</td>\
        <td class="num">{{summary.frame}}</td><td class="num">{{summary.netCost}}</td>\
        <td class="num{{#summary.over}} neg{{/summary.over}}">{{summary.remainder}}</td></tr>{{/rows}}\
        </tbody></table></div>
        """
}

extension Templates {
    /// The preview of an uploaded detailed budget: the wrong cells, or the rows, the frame and the remainder, the save.
    static let detailedBudgetUpload = """
        {{>uploadProblems}}{{^hasProblems}}{{>detailedBudgetSummary}}\
        <div class="table" role="region" aria-label="Inlästa rader (kr)" tabindex="0"><table>\
        <caption>Inlästa rader (kr)</caption><thead><tr><th scope="col">Verksamhet</th><th scope="col">Konto</th>\
        <th scope="col" class="num">Belopp helår</th><th scope="col">Periodisering</th></tr></thead><tbody>\
        {{#rows}}<tr><th scope="row">{{line}}</th><td>{{account}}</td><td class="num">{{amount}}</td>\
        <td>{{profile}}</td></tr>{{/rows}}</tbody></table></div>\
        <form method="post" action="{{action}}" enctype="multipart/form-data">\
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">\
        <input type="hidden" name="filename" value="{{filename}}"><input type="hidden" name="book" value="{{book}}">\
        <p><button type="submit" name="action" value="save">Spara som utkast</button> \
        (ersätter detaljbudgetens rader; personalraderna står kvar)</p></form>{{/hasProblems}}\
        <p><a href="{{backURL}}">Tillbaka till detaljbudgeten</a></p>
        """
}
