extension Templates {
    /// An account's rows of a line, one page of them: the way back, where the page stands among
    /// the rows, the table with its sortable columns (each row's voucher linked), the pages before
    /// and after, and every row as a file.
    static let drillDown = """
        <p><a href="{{back}}">Tillbaka till {{backName}}</a></p>\
        <p>{{position}}{{#total}} · Summa alla rader: {{.}} kr{{/total}}\
        {{#ledgerOrder}} · <a href="{{.}}">Visa i bokföringsordning</a>{{/ledgerOrder}}</p>\
        {{>pager}}\
        <div class="table" role="region" aria-label="{{caption}}" tabindex="0"><table><caption>{{caption}}</caption>\
        <thead><tr>\
        {{#headers}}<th scope="col"{{#num}} class="num"{{/num}}{{#ariaSort}} aria-sort="{{.}}"{{/ariaSort}}>\
        {{#sortURL}}<a href="{{.}}">{{/sortURL}}{{label}}{{#mark}}<span aria-hidden="true"> {{.}}</span>{{/mark}}\
        {{#sortURL}}</a>{{/sortURL}}</th>{{/headers}}</tr></thead><tbody>\
        {{#rows}}<tr><td><a href="{{voucherURL}}">{{series}} {{number}}</a></td><td class="date">{{date}}</td>\
        <td>{{text}}</td>\
        <td>{{ansvar}}</td><td>{{objects}}</td><td class="num">{{amount}}</td></tr>{{/rows}}\
        </tbody></table></div>\
        {{>pager}}\
        {{#hasRows}}<p>Ladda ner alla {{count}} rader: {{#downloads}}<a href="{{url}}">{{label}}</a>\
        {{^last}} · {{/last}}{{/downloads}}</p>{{/hasRows}}
        """

    /// The links to the page before and after, with where the page stands.
    static let pager = """
        {{#paged}}<nav class="pager" aria-label="{{pagerLabel}}"><p>\
        {{#previous}}<a href="{{.}}" rel="prev">Föregående</a> · {{/previous}}{{pageOf}}\
        {{#next}} · <a href="{{.}}" rel="next">Nästa</a>{{/next}}</p></nav>{{/paged}}
        """

    /// A voucher: its date and text, the reader's rows in full with account names, the other
    /// units' rows summed per account, and the sums that show debet equal to kredit.
    static let voucher = """
        <p><a href="{{back}}">{{backLabel}}</a></p>\
        <p><strong>Datum</strong> {{date}} · <strong>Text</strong> {{text}}</p>\
        {{#partial}}<p class="notice">Verifikationen har rader för andra enheter. Du ser dina egna rader; \
        de {{otherCount}} övriga raderna visas summerade per konto, utan ansvar och objekt.</p>{{/partial}}\
        {{#unbalanced}}<p class="error" role="alert">{{.}}</p>{{/unbalanced}}\
        <div class="table" role="region" aria-label="Verifikation {{series}} {{number}} (kr)" tabindex="0"><table>\
        <caption>Verifikation {{series}} {{number}} (kr)</caption><thead><tr><th scope="col">Konto</th>\
        <th scope="col">Kontonamn</th><th scope="col">Ansvar</th><th scope="col">Objekt</th>\
        <th scope="col" class="num">Debet</th><th scope="col" class="num">Kredit</th></tr></thead>\
        {{#partial}}<tbody><tr><th scope="colgroup" colspan="6">Dina rader</th></tr>{{/partial}}\
        {{^partial}}<tbody>{{/partial}}\
        {{#rows}}<tr><td>{{account}}</td><td>{{name}}</td><td>{{ansvar}}</td><td>{{objects}}</td>\
        <td class="num">{{debit}}</td><td class="num">{{credit}}</td></tr>{{/rows}}</tbody>\
        {{#partial}}<tbody><tr><th scope="colgroup" colspan="6">Övriga rader ({{otherCount}} st), per konto</th></tr>\
        {{#others}}<tr><td>{{account}}</td><td>{{name}}</td><td colspan="2">{{objects}}</td>\
        <td class="num">{{debit}}</td><td class="num">{{credit}}</td></tr>{{/others}}</tbody>{{/partial}}\
        <tfoot>{{#sums}}<tr{{#total}} class="total"{{/total}}><th scope="row" colspan="4">{{label}}</th>\
        <td class="num">{{debit}}</td><td class="num">{{credit}}</td></tr>{{/sums}}</tfoot></table></div>
        """
}
