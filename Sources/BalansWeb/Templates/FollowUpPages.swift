extension Templates {
    /// A committee or group: the forecast's state, its lines' figures (each linked), the way to
    /// the forecast form and the follow-up, and for the central controller the decision.
    static let committee = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        <p>{{span}}. Prognos i Balans: <strong>{{status}}</strong>\
        {{#stateVersion}} (version {{number}}, {{by}}){{/stateVersion}}{{#stateComment}} – {{.}}{{/stateComment}}</p>\
        <div class="table" role="region" aria-label="Driftredovisning (mnkr)" tabindex="0"><table>\
        <caption>Driftredovisning (mnkr)</caption><thead><tr><th scope="col">Verksamhet</th>\
        <th scope="col" class="num">Utfall</th><th scope="col" class="num">Budget t.o.m. perioden</th>\
        <th scope="col" class="num">Prognos helår</th><th scope="col" class="num">Budget helår</th>\
        <th scope="col" class="num">Avvikelse helår</th></tr></thead><tbody>\
        {{#rows}}<tr{{#total}} class="total"{{/total}}><th scope="row" style="padding-left:{{indent}}rem">{{name}}</th>\
        {{#cells}}<td class="num{{#neg}} neg{{/neg}}">{{#link}}<a href="{{.}}">{{/link}}{{amount}}{{#link}}\
        </a>{{/link}}</td>{{/cells}}\
        </tr>{{/rows}}</tbody></table></div>\
        {{#forecastLink}}<p><a href="{{url}}">Lämna prognos för {{span}}{{#whole}} (hela {{.}}){{/whole}}</a></p>\
        {{/forecastLink}}<p><a href="{{followUp}}">Texter, aktiviteter och indikatorer</a></p>\
        {{#detailedBudget}}<p><a href="{{.}}">Detaljbudget inom ramen</a></p>{{/detailedBudget}}\
        {{#review}}<p><a href="{{url}}">{{label}}</a></p>{{/review}}
        """

    /// A line: its accounts, the outcome of each linked to its rows, and the sums.
    static let line = """
        {{#back}}<p><a href="{{.}}">Tillbaka</a></p>{{/back}}\
        <div class="table" role="region" aria-label="Per konto {{span}} (kr)" tabindex="0"><table>\
        <caption>Per konto {{span}} (kr)</caption><thead><tr><th scope="col">Konto</th>\
        <th scope="col" class="num">Utfall</th><th scope="col" class="num">Budget helår</th>\
        <th scope="col" class="num">Prognos helår</th></tr></thead><tbody>\
        {{#accounts}}<tr><th scope="row">{{label}}</th>\
        <td class="num">{{#rowsURL}}<a href="{{.}}">{{/rowsURL}}{{outcome}}{{#rowsURL}}</a>{{/rowsURL}}</td>\
        <td class="num">{{annualBudget}}</td><td class="num">{{forecast}}</td></tr>{{/accounts}}\
        <tr class="total"><th scope="row">Summa</th><td class="num">{{totalOutcome}}</td>\
        <td class="num">{{totalBudget}}</td><td class="num">{{totalForecast}}</td></tr></tbody></table></div>
        """

    /// The forecast form: per line and account the figures beside an amount typed in tkr or mnkr, subtotals, the
    /// proposals, the typed text kept with the bad field marked; a script updates deviations and sums while typing
    /// and spreads a pasted spreadsheet column over the fields below (the form works without it).
    static let forecastForm = """
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <p>{{span}}: helårsprognos per verksamhet och konto (intäkter positiva, kostnader negativa). \
        Status: <strong>{{status}}</strong>. Belopp i <strong>{{unit}}</strong>; byt till \
        {{#units}}{{^current}}<a href="{{url}}">{{label}}</a> {{/current}}{{/units}}(valet sparas).</p>\
        {{#editable}}<p>{{#proposals}}<a href="{{url}}">{{label}}</a><br>{{/proposals}}</p>{{/editable}}\
        {{#proposalNote}}<p class="ok" role="status">{{.}}</p>{{/proposalNote}}\
        <form method="post" action="{{action}}" id="forecast" data-unit="{{orePerUnit}}">\
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">\
        <input type="hidden" name="unit" value="{{unit}}">\
        <div class="table" role="region" aria-label="Prognos {{year}} ({{unit}})" tabindex="0"><table>\
        <caption>Prognos {{year}} ({{unit}})</caption><thead><tr><th scope="col">Verksamhet</th>\
        <th scope="col">Konto</th><th scope="col" class="num">Utfall t.o.m. perioden</th>\
        <th scope="col" class="num">Gällande prognos</th><th scope="col" class="num">Budget helår</th>\
        <th scope="col" class="num">Prognos helår</th><th scope="col" class="num">Avvikelse mot budget</th>\
        <th scope="col">Kommentar</th></tr></thead><tbody>\
        {{#rows}}<tr data-node="{{node}}" data-budget="{{budgetOre}}"><th scope="row">{{name}}</th>\
        <td>{{account}} {{accountName}}</td><td class="num">{{outcome}}</td><td class="num">{{inForce}}</td>\
        <td class="num">{{budget}}</td><td class="num"><input class="amount{{#invalid}} invalid{{/invalid}}" \
        type="text" inputmode="decimal" id="amount_{{index}}" name="amount_{{index}}" value="{{amount}}" \
        aria-label="Prognos {{name}} konto {{account}} ({{unit}})"\
        {{#invalid}} aria-invalid="true" aria-describedby="problem_{{index}}"{{/invalid}}\
        {{^editable}} readonly{{/editable}}><input type="hidden" name="shown_{{index}}" value="{{shown}}">\
        <input type="hidden" name="exact_{{index}}" value="{{exact}}">\
        {{#problem}}<br><span class="error" id="problem_{{index}}">{{.}}</span>{{/problem}}\
        {{#warning}}<br><span class="warning">{{.}}</span>{{/warning}}</td>\
        <td class="num deviation">{{deviation}}</td><td><input type="text" id="comment_{{index}}" \
        name="comment_{{index}}" aria-label="Kommentar {{name}} konto {{account}}" value="{{comment}}"\
        {{^editable}} readonly{{/editable}}></td></tr>\
        {{#subtotal}}<tr class="subtotal" data-sum="{{node}}"><th scope="row" colspan="2">{{label}}</th>\
        <td class="num">{{outcome}}</td><td class="num">{{inForce}}</td><td class="num">{{budget}}</td>\
        <td class="num sum">{{amount}}</td><td class="num sumdev">{{deviation}}</td><td></td></tr>{{/subtotal}}\
        {{/rows}}{{#total}}<tr class="total" data-sum=""><th scope="row" colspan="2">{{label}}</th>\
        <td class="num">{{outcome}}</td><td class="num">{{inForce}}</td><td class="num">{{budget}}</td>\
        <td class="num sum">{{amount}}</td><td class="num sumdev">{{deviation}}</td><td></td></tr>{{/total}}\
        </tbody></table></div>\
        {{#confirm}}<p class="warning" role="alert"><input type="checkbox" id="confirm" name="confirm" value="on"> \
        <label for="confirm">Jag har kontrollerat de markerade beloppen: spara ändå</label></p>{{/confirm}}\
        {{#editable}}<p><button type="submit" name="action" value="save">Spara utkast</button> \
        <button type="submit" name="action" value="submit">Spara och lämna in</button></p>{{/editable}}</form>\
        {{#editable}}<h2>Excel</h2><p><a href="{{templateURL}}">Ladda ner prognosmallen (xlsx)</a>: fyll i \
        kolumn E (och kommentarer i I) i Excel eller LibreOffice och läs in den här.</p>\
        <form method="post" action="{{templateURL}}" enctype="multipart/form-data">\
        <input type="hidden" name="csrf" value="{{csrf}}"><p><label for="file">Ifylld mall</label> \
        <input type="file" id="file" name="file" accept=".xlsx"> \
        <button type="submit">Läs in och förhandsgranska</button></p></form>\
        <script src="{{scriptURL}}" defer></script>{{/editable}}
        """
}

extension ForecastFormView {
    /// The form's script: deviations, subtotals and the total while typing (display only — the server parses and
    /// stores the amounts exactly), a warning for an implausible amount, and a pasted column spread over the fields.
    static let script = """
        (function(){var f=document.getElementById('forecast');if(!f)return;var u=Number(f.dataset.unit);\
        var d=u===100000?0:1;var nf=new Intl.NumberFormat('sv-SE',{minimumFractionDigits:d,maximumFractionDigits:d});\
        function ore(t){t=t.replace(/[\\s\\u00a0\\u202f]/g,'').replace('\\u2212','-');\
        var m=/^([-+]?)(\\d+)(?:[,.](\\d+))?$/\
        .exec(t);if(!m)return null;var dec=String(u).length-1;var fr=(m[3]||'');if(fr.length>dec)return null;\
        while(fr.length<dec)fr+='0';var v=Number(m[2])*u+Number(fr||'0');return m[1]==='-'?-v:v}\
        function show(o){return nf.format(o/u).replace('-','\\u2212')}\
        function update(){var sums={},all=0,bud={},allb=0;f.querySelectorAll('tr[data-budget]').forEach(function(r){\
        var i=r.querySelector('input.amount'),b=Number(r.dataset.budget),n=r.dataset.node,v=ore(i.value);\
        var dv=r.querySelector('.deviation');i.classList.toggle('invalid',v===null);\
        if(v===null){dv.textContent='';return}dv.textContent=show(v-b);\
        var w=b!==0&&(Math.abs(v)>=500*Math.abs(b)||(v!==0&&500*Math.abs(v)<=Math.abs(b))\
        ||Math.abs(v-b)>Math.abs(b)/2);\
        i.title=w?'Beloppet avviker kraftigt från budgeten: kontrollera enheten':'';\
        sums[n]=(sums[n]||0)+v;bud[n]=(bud[n]||0)+b;all+=v;allb+=b});\
        f.querySelectorAll('tr[data-sum]').forEach(function(r){var n=r.dataset.sum;var s=n===''?all:(sums[n]||0);\
        var b=n===''?allb:(bud[n]||0);r.querySelector('.sum').textContent=show(s);\
        r.querySelector('.sumdev').textContent=show(s-b)})}\
        f.addEventListener('input',update);\
        f.addEventListener('paste',function(e){var t=e.target;if(!t.classList||!t.classList.contains('amount'))return;\
        var lines=(e.clipboardData||window.clipboardData).getData('text').split(/\\r?\\n/).filter(function(l){\
        return l.trim()!==''});if(lines.length<2)return;e.preventDefault();\
        var inputs=Array.prototype.slice.call(f.querySelectorAll('input.amount'));var k=inputs.indexOf(t);\
        lines.forEach(function(l,j){if(inputs[k+j])inputs[k+j].value=l.split('\\t')[0].trim()});update()});})();
        """
}
