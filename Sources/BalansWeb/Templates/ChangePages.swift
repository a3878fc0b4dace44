extension Templates {
    /// A committee's texts, activities and indicators, each a card with its change request's
    /// status, the form to change it and, for the central controller, the decision.
    static let followUp = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <p>{{span}}. Ändringar når rapporterna när de är godkända.</p>\
        {{#items}}<section class="card" aria-labelledby="{{id}}-h"><h2 id="{{id}}-h">{{heading}}</h2>\
        {{#change}}<p>Status: <strong>{{status}}</strong> (version {{changeVersion}}, {{updatedBy}})\
        {{#reviewComment}} – {{.}}{{/reviewComment}}</p>{{/change}}\
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="kind" value="{{kind}}"><input type="hidden" name="key" value="{{key}}">\
        <input type="hidden" name="version" value="{{version}}">\
        {{#isChoice}}<label for="{{id}}">Värde</label> \
        <select id="{{id}}" name="value"{{^editable}} disabled{{/editable}}>\
        {{#choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/choices}}\
        </select> <label for="{{id}}-c">Kommentar</label> \
        <input type="text" id="{{id}}-c" name="comment" value="{{comment}}" size="50"\
        {{^editable}} readonly{{/editable}}>{{/isChoice}}\
        {{#isText}}<textarea id="{{id}}" aria-labelledby="{{id}}-h" name="value" rows="4" cols="90"\
        {{^editable}} readonly{{/editable}}>{{shown}}</textarea>{{/isText}}\
        {{#isOutcome}}<label for="{{id}}">Utfall</label> \
        <input type="text" id="{{id}}" name="value" value="{{shown}}" inputmode="decimal"\
        {{^editable}} readonly{{/editable}}>{{/isOutcome}}\
        {{#editable}} <button type="submit" name="action" value="save" class="secondary">Spara utkast</button> \
        <button type="submit" name="action" value="submit">Lämna in</button>{{/editable}}</form>\
        {{#review}}<form class="inline" method="post" action="{{approveURL}}">\
        <input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{reviewVersion}}">\
        <button type="submit">Godkänn</button></form> \
        <form class="inline" method="post" action="{{returnURL}}">\
        <input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{reviewVersion}}">\
        <input type="text" name="comment" aria-label="Kommentar vid retur" placeholder="Kommentar"> \
        <button type="submit" class="secondary">Returnera</button></form> {{/review}}</section>{{/items}}
        """
}
