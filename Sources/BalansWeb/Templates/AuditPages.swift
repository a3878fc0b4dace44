extension Templates {
    /// The audit log, newest first, with the filter form (a GET form: the filter is in the address).
    static let audit = """
        <form method="get" action="{{action}}" class="filter"><p>\
        <label for="a-user">Användare</label> <select id="a-user" name="anvandare"><option value="">Alla</option>\
        {{#users}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/users}}</select> \
        <label for="a-action">Händelse</label> <select id="a-action" name="handling"><option value="">Alla</option>\
        {{#actions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/actions}}\
        </select> \
        <label for="a-from">Från</label> <input type="date" id="a-from" name="fran" value="{{from}}"> \
        <label for="a-to">Till och med</label> <input type="date" id="a-to" name="till" value="{{to}}"> \
        <button type="submit">Visa</button></p></form>\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <div class="table" role="region" aria-label="{{caption}}" tabindex="0">\
        <table><caption>{{caption}}</caption><thead><tr><th scope="col">Tid</th>\
        <th scope="col">Användare</th><th scope="col">Händelse</th><th scope="col">Vad</th>\
        <th scope="col">Före</th><th scope="col">Efter</th></tr></thead><tbody>\
        {{#entries}}<tr><td>{{at}}</td><td>{{user}}</td><td>{{action}}</td><td>{{entity}}</td>\
        <td>{{oldValue}}</td><td>{{newValue}}</td></tr>{{/entries}}\
        {{^entries}}<tr><td colspan="6">Inga händelser.</td></tr>{{/entries}}\
        </tbody></table></div>
        """
}
