extension Templates {
    /// The plan page's investments, their operating consequences, the projected balance sheet and cash flow and the
    /// self-financing goal (`PlanFinanceView`).
    static let planFinance = """
        <h2 id="investeringar">Investeringar, balansräkning och kassaflöde</h2>\
        {{#tables}}<div class="table" role="region" aria-label="{{caption}}" tabindex="0"><table>\
        <caption>{{caption}}</caption><thead><tr><th scope="col"></th>{{#columns}}<th scope="col" class="num">{{.}}\
        </th>{{/columns}}</tr></thead><tbody>{{#rows}}<tr{{#strong}} class="total"{{/strong}}>\
        <th scope="row" style="padding-left:{{indent}}rem">{{label}}</th>{{#values}}<td class="num">{{.}}</td>\
        {{/values}}</tr>{{/rows}}</tbody></table></div>{{#footnote}}<p><small>{{.}}</small></p>{{/footnote}}\
        {{/tables}}{{#problem}}<p class="notice" role="status">{{.}}</p>{{/problem}}\
        {{#hasGoals}}<ul>{{#goals}}<li>Självfinansieringsgrad {{year}}: {{ratio}}, mål minst {{target}}: \
        <span class="light {{#met}}green{{/met}}{{^met}}red{{/met}}">{{verdict}}</span></li>{{/goals}}</ul>{{/hasGoals}}
        """
}
