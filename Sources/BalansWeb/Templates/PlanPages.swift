extension Templates {
    /// A plan version: the choice of version, the result for three years, the what-if form and its result, then each
    /// year step by step.
    static let plan = """
        <form method="get" action="{{action}}"><p><label for="p-version">Version</label> \
        <select id="p-version" name="version">{{#versions}}<option value="{{value}}"\
        {{#selected}} selected{{/selected}}>{{label}}</option>{{/versions}}</select> \
        <button type="submit">Visa</button> \
        <a href="/detaljbudget?ar={{year}}">Nämndernas detaljbudgetar</a></p></form>\
        {{#hasOthers}}<form method="get" action="{{compareAction}}"><input type="hidden" name="ar" value="{{year}}">\
        <input type="hidden" name="a" value="{{version}}"><p><label for="p-compare">Jämför {{version}} med</label> \
        <select id="p-compare" name="b">{{#others}}<option value="{{value}}">{{label}}</option>{{/others}}</select> \
        <button type="submit" class="secondary">Jämför rad för rad</button></p></form>{{/hasOthers}}\
        {{#message}}<p class="notice" role="status">{{.}}</p>{{/message}}\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        {{#hasVersion}}<p><a href="{{editURL}}">Ändra versionens rader eller gör en ny version</a></p>{{/hasVersion}}\
        {{#summary}}{{>planSummary}}{{/summary}}\
        {{#decidable}}<h2 id="faststall">Fastställ {{version}}</h2><form method="post" action="{{decideAction}}">\
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">\
        <input type="hidden" name="stamp" value="{{stamp}}"><p>Versionen blir budget {{year}}: förra årets budget \
        förs fram rad för rad med ramarnas förändringar, och uppföljningen räknar mot den.</p><p>\
        <label for="p-reference">Beslut</label> <input type="text" id="p-reference" name="reference" size="20" \
        placeholder="RF §60 2024"> <button type="submit">Fastställ</button></p></form>{{/decidable}}\
        {{#hasPlan}}<h2 id="antaganden">Ändra antaganden</h2>\
        <p>Pröva andra antaganden och se resultatet för alla tre åren. Ett tomt fält behåller versionens värde; \
        inget sparas. Tal skrivs med decimalkomma, t.ex. 1,035 eller 11,50.</p>\
        {{#formError}}<p class="error" role="alert">Några fält kunde inte läsas (se markeringarna). \
        Resultatet nedan är versionens egna.</p>{{/formError}}\
        <form method="get" action="{{action}}#antaganden"><input type="hidden" name="ar" value="{{year}}">\
        <input type="hidden" name="version" value="{{version}}">\
        <div class="table" role="region" aria-label="Antaganden" tabindex="0"><table><caption>Antaganden</caption>\
        <thead><tr><th scope="col">Antagande</th>{{#years}}<th scope="col">{{.}}</th>{{/years}}</tr></thead><tbody>\
        {{#fields}}<tr><th scope="row">{{label}} ({{unit}})</th>{{#cells}}<td>\
        <input type="text" id="{{id}}" name="{{name}}" value="{{value}}" inputmode="decimal" size="8" \
        aria-label="{{fieldLabel}}"{{#problem}} class="invalid" aria-invalid="true" \
        aria-describedby="{{id}}-fel"{{/problem}}><br><small>Versionen: {{current}}</small>\
        {{#problem}}<br><span class="error" id="{{id}}-fel">{{.}}</span>{{/problem}}</td>{{/cells}}</tr>{{/fields}}\
        </tbody></table></div><p><button type="submit">Beräkna</button> \
        <a href="{{resetURL}}">Versionens antaganden</a></p></form>\
        {{#whatIf}}<p class="notice" role="status">Med ändrade antaganden: {{changed}}. Skatteintäkterna och ramarna \
        nedan är beräknade med dem.</p>{{>planSummary}}{{/whatIf}}\
        {{#whatIf}}<form method="post" action="{{newAction}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="fran" value="{{version}}">{{#kept}}<input type="hidden" name="{{name}}" \
        value="{{value}}">{{/kept}}<p><label for="p-keep">Spara antagandena som en ny version</label> \
        <input type="text" id="p-keep" name="namn" size="24"> <button type="submit" class="secondary">Spara som \
        ny version</button></p></form>{{/whatIf}}{{/hasPlan}}\
        {{#plans}}<h2>{{year}}</h2>\
        <div class="table" role="region" aria-label="Skatteintäkter {{year}} (kr)" tabindex="0"><table>\
        <caption>Skatteintäkter {{year}} (kr)</caption><tbody>\
        {{#taxSteps}}<tr><th scope="row">{{label}}</th><td class="num">{{detail}}</td><td class="num">{{amount}}</td>\
        </tr>{{/taxSteps}}<tr class="total"><th scope="row">= skatteintäkter</th><td></td>\
        <td class="num">{{taxRevenue}}</td></tr></tbody></table></div>\
        <div class="table" role="region" aria-label="Generella statsbidrag och utjämning {{year}} (kr)" tabindex="0">\
        <table><caption>Generella statsbidrag och utjämning {{year}} (kr)</caption><tbody>\
        {{#grants}}<tr><th scope="row">{{label}}</th><td class="num">{{amount}}</td></tr>{{/grants}}\
        <tr class="total"><th scope="row">= generella statsbidrag och utjämning</th>\
        <td class="num">{{grantsTotal}}</td></tr></tbody></table></div>\
        <div class="table" role="region" aria-label="Ramar {{year}} (mnkr)" tabindex="0"><table>\
        <caption>Ramar {{year}} per nämnd (regionbidrag, mnkr)</caption><thead><tr><th scope="col">Nämnd</th>\
        <th scope="col" class="num">Ram {{previous}}</th><th scope="col" class="num">Löneindex</th>\
        <th scope="col" class="num">Prisindex</th><th scope="col" class="num">Volym</th>\
        <th scope="col" class="num">Satsning</th><th scope="col" class="num">Effektivisering</th>\
        <th scope="col" class="num">Ram {{year}}</th></tr></thead><tbody>\
        {{#frames}}{{>planFrameLine}}{{/frames}}{{#total}}<tr class="total">{{>planFrameCells}}</tr>{{/total}}\
        </tbody></table></div>\
        <h3>Ramarnas steg {{year}}</h3>{{#committees}}<details><summary>{{name}}: {{frame}}</summary>\
        <div class="table" role="region" aria-label="{{name}} {{year}} (kr)" tabindex="0"><table>\
        <caption>{{name}} {{year}} (kr)</caption><thead><tr><th scope="col">Steg</th><th scope="col">Beslut</th>\
        <th scope="col" class="num">Belopp</th></tr></thead><tbody><tr><th scope="row">{{openingLabel}}</th><td></td>\
        <td class="num">{{opening}}</td></tr>{{#steps}}<tr><th scope="row">{{label}}</th><td>{{detail}}</td>\
        <td class="num">{{amount}}</td></tr>{{/steps}}<tr class="total"><th scope="row">Ram {{year}}</th><td></td>\
        <td class="num">{{frame}}</td></tr></tbody></table></div></details>{{/committees}}\
        <div class="table" role="region" aria-label="Regiongemensamt {{year}} (kr)" tabindex="0"><table>\
        <caption>Regiongemensamt {{year}} (kr)</caption><tbody>\
        {{#common}}<tr><th scope="row">{{label}} ({{detail}})</th><td class="num">{{amount}}</td></tr>{{/common}}\
        <tr class="total"><th scope="row">Summa regiongemensamt</th><td class="num">{{commonTotal}}</td></tr>\
        </tbody></table></div>{{/plans}}{{#finance}}{{>planFinance}}{{/finance}}
        """

    /// A committee's line of the frame table.
    static let planFrameLine = "<tr>{{>planFrameCells}}</tr>"

    /// The cells of a frame line.
    static let planFrameCells = """
        <th scope="row">{{name}}</th><td class="num">{{opening}}</td><td class="num">{{wage}}</td>\
        <td class="num">{{price}}</td><td class="num">{{volume}}</td><td class="num">{{priority}}</td>\
        <td class="num">{{saving}}</td><td class="num">{{frame}}</td>
        """

    /// The result for the plan's years against the financial goal, met or not in words.
    static let planSummary = """
        <div class="table" role="region" aria-label="{{caption}}" tabindex="0"><table><caption>{{caption}}</caption>\
        <thead><tr><th scope="col"></th>{{#years}}<th scope="col" class="num">{{.}}</th>{{/years}}</tr></thead>\
        <tbody>{{#rows}}<tr{{#strong}} class="total"{{/strong}}><th scope="row">{{label}}</th>\
        {{#values}}<td class="num">{{.}}</td>{{/values}}</tr>{{/rows}}</tbody></table></div>\
        <ul>{{#goals}}<li>Finansiellt mål {{year}}, {{text}}: <span class="light {{#met}}green{{/met}}\
        {{^met}}red{{/met}}">{{verdict}}</span>{{#shortfall}} ({{.}}){{/shortfall}}</li>{{/goals}}</ul>
        """

    /// Two plan versions line by line.
    static let planCompare = """
        <form method="get" action="{{action}}"><input type="hidden" name="ar" value="{{year}}"><p>\
        <label for="c-a">Version A</label> <select id="c-a" name="a">{{#versionsA}}<option value="{{value}}"\
        {{#selected}} selected{{/selected}}>{{label}}</option>{{/versionsA}}</select> \
        <label for="c-b">Version B</label> <select id="c-b" name="b">{{#versionsB}}<option value="{{value}}"\
        {{#selected}} selected{{/selected}}>{{label}}</option>{{/versionsB}}</select> \
        <button type="submit">Jämför</button></p></form>\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        {{#hasComparison}}<p>Varje år som båda versionerna har: A ({{a}}), B ({{b}}) och skillnaden B − A, \
        mnkr.</p>\
        <div class="table" role="region" aria-label="Ramar per nämnd, {{a}} och {{b}} (mnkr)" tabindex="0"><table>\
        <caption>Ramar per nämnd, {{a}} och {{b}} (mnkr)</caption>{{>planCompareHead}}<tbody>\
        {{#frames}}{{>planCompareLine}}{{/frames}}</tbody></table></div>\
        <div class="table" role="region" aria-label="Resultat, {{a}} och {{b}} (mnkr)" tabindex="0"><table>\
        <caption>Resultat, {{a}} och {{b}} (mnkr)</caption>{{>planCompareHead}}<tbody>\
        {{#totals}}{{>planCompareLine}}{{/totals}}</tbody></table></div>{{/hasComparison}}\
        <p><a href="{{backURL}}">Tillbaka till planen</a></p>
        """

    /// The comparison's head: a year over A, B and the difference.
    static let planCompareHead = """
        <thead><tr><th scope="col" rowspan="2">Rad</th>{{#years}}<th scope="colgroup" colspan="3" class="num">{{.}}\
        </th>{{/years}}</tr><tr>{{#years}}<th scope="col" class="num">A</th><th scope="col" class="num">B</th>\
        <th scope="col" class="num">B − A</th>{{/years}}</tr></thead>
        """

    /// A line of the comparison.
    static let planCompareLine = """
        <tr><th scope="row">{{label}}</th>{{#cells}}<td class="num">{{a}}</td><td class="num">{{b}}</td>\
        <td class="num">{{difference}}</td>{{/cells}}</tr>
        """
}

extension Templates {
    /// A plan version's rows as a form (`PlanEditView`), and a new version from it.
    static let planEdit = """
        <p>{{status}} <a href="{{planURL}}">Visa planen</a></p>\
        {{#message}}<p class="notice" role="status">{{.}}</p>{{/message}}\
        {{#hasProblems}}<div class="error" role="alert"><p>Inget sparades:</p><ul>{{#problems}}<li>{{.}}</li>\
        {{/problems}}</ul></div>{{/hasProblems}}\
        {{#editable}}<form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="stamp" value="{{stamp}}"><input type="hidden" name="t-count" value="{{taxCount}}">\
        <input type="hidden" name="f-count" value="{{frameCount}}">\
        <p>Tal skrivs med decimalkomma. Belopp i kronor; en effektivisering negativ. Löne- och prisindex anges \
        med procent (av nämndens personalkostnader respektive övriga kostnader) eller belopp. Tomma rader läggs \
        till.</p>\
        <div class="table" role="region" aria-label="Skatter och statsbidrag" tabindex="0"><table>\
        <caption>Skatter och statsbidrag</caption><thead><tr><th scope="col">År</th><th scope="col">Antagande</th>\
        <th scope="col">Namn</th><th scope="col">Värde</th><th scope="col">Invånare</th><th scope="col">Källa</th>\
        <th scope="col">Ta bort</th></tr></thead><tbody>{{#taxLines}}<tr>\
        <td><input type="text" name="t-{{n}}-year" value="{{year}}" size="4" inputmode="numeric" \
        aria-label="År, rad {{n}}"></td><td><select name="t-{{n}}-item" aria-label="Antagande, rad {{n}}">\
        {{#items}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/items}}</select>\
        </td><td><input type="text" name="t-{{n}}-name" value="{{name}}" size="18" aria-label="Namn, rad {{n}}"></td>\
        <td><input type="text" name="t-{{n}}-value" value="{{value}}" size="16" inputmode="decimal" \
        aria-label="Värde, rad {{n}}"></td><td><input type="text" name="t-{{n}}-population" value="{{population}}" \
        size="8" inputmode="numeric" aria-label="Invånare, rad {{n}}"></td>\
        <td><input type="text" name="t-{{n}}-reference" value="{{reference}}" size="16" \
        aria-label="Källa, rad {{n}}"></td><td><input type="checkbox" name="t-{{n}}-remove"{{#remove}} checked\
        {{/remove}} aria-label="Ta bort rad {{n}}"></td></tr>{{/taxLines}}</tbody></table></div>\
        <datalist id="plan-nodes">{{#nodes}}<option value="{{value}}">{{label}}</option>{{/nodes}}</datalist>\
        <div class="table" role="region" aria-label="Ramar" tabindex="0"><table><caption>Ramar per nämnd och \
        regiongemensamt</caption><thead><tr><th scope="col">År</th><th scope="col">Nämnd eller rad</th>\
        <th scope="col">Slag</th><th scope="col">Benämning</th><th scope="col">Belopp (kr)</th>\
        <th scope="col">Procent</th><th scope="col">Beslut</th><th scope="col">Ta bort</th></tr></thead><tbody>\
        {{#frameLines}}<tr><td><input type="text" name="f-{{n}}-year" value="{{year}}" size="4" inputmode="numeric" \
        aria-label="År, ramrad {{n}}"></td><td><input type="text" name="f-{{n}}-node" value="{{node}}" size="8" \
        list="plan-nodes" aria-label="Nämnd eller rad, ramrad {{n}}"></td><td><select name="f-{{n}}-kind" \
        aria-label="Slag, ramrad {{n}}">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>\
        {{label}}</option>{{/kinds}}</select></td><td><input type="text" name="f-{{n}}-label" value="{{label}}" \
        size="24" aria-label="Benämning, ramrad {{n}}"></td><td><input type="text" name="f-{{n}}-amount" \
        value="{{amount}}" size="16" inputmode="decimal" aria-label="Belopp, ramrad {{n}}"></td>\
        <td><input type="text" name="f-{{n}}-percent" value="{{percent}}" size="5" inputmode="decimal" \
        aria-label="Procent, ramrad {{n}}"></td><td><input type="text" name="f-{{n}}-reference" \
        value="{{reference}}" size="14" aria-label="Beslut, ramrad {{n}}"></td><td><input type="checkbox" \
        name="f-{{n}}-remove"{{#remove}} checked{{/remove}} aria-label="Ta bort ramrad {{n}}"></td></tr>\
        {{/frameLines}}</tbody></table></div><p><button type="submit">Spara versionen</button></p></form>\
        {{/editable}}\
        <h2 id="ny-version">Ny version utifrån {{version}}</h2><form method="post" action="{{newAction}}">\
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="fran" value="{{version}}">\
        <p><label for="p-new">Namn på den nya versionen</label> <input type="text" id="p-new" name="namn" \
        value="{{newName}}" size="24"> <button type="submit" class="secondary">Skapa</button></p></form>
        """
}
