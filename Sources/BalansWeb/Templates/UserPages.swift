extension Templates {
    /// The organisation's users (administrators): the list, and the form that adds one.
    static let users = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <div class="table" role="region" aria-label="Användare i organisationen" tabindex="0">\
        <table><caption>Användare i organisationen</caption><thead><tr><th scope="col">Namn</th>\
        <th scope="col">Roll</th><th scope="col">Nämnd</th><th scope="col">E-post</th><th scope="col">Status</th>\
        </tr></thead><tbody>\
        {{#rows}}<tr><td><a href="{{url}}">{{name}}</a></td><td>{{role}}</td><td>{{node}}</td><td>{{email}}</td>\
        <td>{{status}}</td></tr>{{/rows}}</tbody></table></div>\
        <h2>Lägg till en användare</h2>\
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <p><label for="u-name">Användarnamn</label><br>\
        <input type="text" id="u-name" name="name" value="{{name}}" maxlength="64" autocomplete="off" required></p>\
        {{>roleFields}}\
        <p><label for="u-email">E-postadress (för aviseringar, frivillig)</label><br>\
        <input type="email" id="u-email" name="email" value="{{email}}" autocomplete="off"></p>\
        <p><label for="u-password">Lösenord (minst 8 tecken)</label><br>\
        <input type="password" id="u-password" name="password" minlength="8" autocomplete="new-password" required></p>\
        <p><button type="submit">Lägg till</button></p></form>
        """

    /// A role and a committee node to choose, in the forms that add a user or change one's role.
    static let roleFields = """
        <p><label for="u-role">Roll</label><br><select id="u-role" name="role">\
        {{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}\
        </select></p>\
        <p><label for="u-node">Nämnd (för en nämndcontroller)</label><br><select id="u-node" name="node">\
        <option value="">–</option>\
        {{#nodes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/nodes}}</select></p>
        """

    /// One user: what the user is, and a form for each change.
    static let user = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <div class="table" role="region" aria-label="Användaren {{name}}" tabindex="0">\
        <table><caption>Användaren {{name}}</caption><tbody>\
        <tr><th scope="row">Roll</th><td>{{role}}</td></tr><tr><th scope="row">Nämnd</th><td>{{node}}</td></tr>\
        <tr><th scope="row">E-post</th><td>{{email}}</td></tr><tr><th scope="row">Status</th><td>{{status}}</td></tr>\
        </tbody></table></div>\
        <h2>Roll och nämnd</h2>\
        <form method="post" action="{{roleAction}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        {{>roleFields}}<p><button type="submit">Ändra roll</button> Användarens inloggningar avslutas.</p></form>\
        <h2>E-post</h2>\
        <form method="post" action="{{emailAction}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <p><label for="u-email">E-postadress (tomt fält tar bort den)</label><br>\
        <input type="email" id="u-email" name="email" value="{{email}}" autocomplete="off"></p>\
        <p><button type="submit">Spara e-post</button></p></form>\
        <h2>{{activeHeading}}</h2>\
        <form method="post" action="{{activeAction}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="active" value="{{activeValue}}">\
        <p>{{activeText}} <button type="submit">{{activeButton}}</button></p></form>\
        <h2>Nytt lösenord</h2>\
        <form method="post" action="{{passwordAction}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <p><label for="u-password">Nytt lösenord (minst 8 tecken)</label><br>\
        <input type="password" id="u-password" name="password" minlength="8" autocomplete="new-password" required></p>\
        <p><button type="submit">Sätt lösenord</button> Användarens inloggningar avslutas.</p></form>\
        <p><a href="{{back}}">Alla användare</a></p>
        """

    /// The logged-in user's own password.
    static let password = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}\
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <p><label for="p-current">Nuvarande lösenord</label><br>\
        <input type="password" id="p-current" name="current" autocomplete="current-password" required></p>\
        <p><label for="p-new">Nytt lösenord (minst 8 tecken)</label><br>\
        <input type="password" id="p-new" name="new" minlength="8" autocomplete="new-password" required></p>\
        <p><label for="p-repeat">Nytt lösenord igen</label><br>\
        <input type="password" id="p-repeat" name="repeat" minlength="8" autocomplete="new-password" required></p>\
        <p><button type="submit">Byt lösenord</button></p></form>\
        <p>Dina andra inloggningar avslutas när lösenordet byts; den här fortsätter.</p>
        """
}
