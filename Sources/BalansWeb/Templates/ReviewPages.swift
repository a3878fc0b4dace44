extension Templates {
    /// The review of a committee's forecast: submitted beside in force and budget, the texts, the decision, the
    /// kept versions and the comment thread.
    static let review = """
        {{#message}}<p class="ok" role="status">{{.}}</p>{{/message}}\
        <p>{{span}}. Prognos i Balans: <strong>{{status}}</strong>. <a href="{{formURL}}">Prognosformuläret</a> · \
        <a href="{{followUp}}">Texter, aktiviteter och indikatorer</a></p>\
        <div class="table" role="region" aria-label="Inlämnad prognos mot gällande prognos och budget (tkr)"\
         tabindex="0"><table><caption>Inlämnad prognos mot gällande prognos och budget (tkr)</caption><thead><tr>\
        <th scope="col">Verksamhet</th><th scope="col">Konto</th><th scope="col" class="num">Budget helår</th>\
        <th scope="col" class="num">Gällande prognos</th><th scope="col" class="num">Inlämnad prognos</th>\
        <th scope="col" class="num">Förändring</th><th scope="col" class="num">Avvikelse mot budget</th>\
        <th scope="col">Kommentar</th></tr></thead><tbody>\
        {{#rows}}<tr><th scope="row">{{name}}</th><td>{{account}}</td><td class="num">{{budget}}</td>\
        <td class="num">{{inForce}}</td><td class="num">{{submitted}}</td><td class="num">{{change}}</td>\
        <td class="num">{{deviation}}</td><td>{{comment}}</td></tr>{{/rows}}\
        {{#total}}<tr class="total"><th scope="row">{{name}}</th><td></td><td class="num">{{budget}}</td>\
        <td class="num">{{inForce}}</td><td class="num">{{submitted}}</td><td class="num">{{change}}</td>\
        <td class="num">{{deviation}}</td><td></td></tr>{{/total}}</tbody></table></div>\
        {{#texts}}<h2>{{heading}}</h2><p class="text">{{body}}</p>{{/texts}}\
        {{#decision}}<h2>Beslut</h2><form method="post" action="{{approveURL}}">\
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{version}}">
        <button type="submit">Godkänn prognosen</button></form>
        <form method="post" action="{{returnURL}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{version}}">
        <p><label for="comment">Kommentar till nämnden</label><br>\
        <textarea id="comment" name="comment" rows="2" cols="60" required></textarea></p>
        <button class="secondary" type="submit">Returnera</button></form>{{/decision}}\
        <h2>Versioner</h2>{{^history}}<p>Ingen version är inlämnad ännu.</p>{{/history}}\
        {{#hasHistory}}\
        <div class="table" role="region" aria-label="Inlämnade, returnerade och godkända versioner" tabindex="0">\
        <table><caption>Inlämnade, returnerade och godkända versioner</caption><thead><tr>\
        <th scope="col">Version</th><th scope="col">Steg</th><th scope="col">Av</th><th scope="col">När</th>\
        <th scope="col" class="num">Prognos helår (tkr)</th><th scope="col">Kommentar</th></tr></thead><tbody>\
        {{#history}}<tr><td>{{version}}</td><td>{{status}}</td><td>{{by}}</td><td>{{at}}</td>\
        <td class="num">{{total}}</td><td>{{comment}}</td></tr>{{/history}}</tbody></table></div>{{/hasHistory}}\
        <h2>Kommentarer</h2>{{^comments}}<p>Inga kommentarer ännu.</p>{{/comments}}\
        {{#hasComments}}<ol class="thread">{{#comments}}<li><strong>{{by}}</strong> {{at}}<br>{{text}}</li>\
        {{/comments}}</ol>{{/hasComments}}\
        {{#mayComment}}<form method="post" action="{{commentAction}}">\
        <input type="hidden" name="csrf" value="{{csrf}}">\
        <p><label for="post">Ny kommentar</label><br>\
        <textarea id="post" name="text" rows="2" cols="60" required></textarea></p>\
        <button type="submit">Skicka kommentar</button></form>{{/mayComment}}
        """

    /// The user's notifications, newest first.
    static let notices = """
        {{^notices}}<p>Inga aviseringar.</p>{{/notices}}\
        {{#hasNotices}}<div class="table" role="region" aria-label="Aviseringar" tabindex="0"><table>\
        <caption>Aviseringar</caption><thead><tr><th scope="col">När</th>\
        <th scope="col">Avisering</th></tr></thead><tbody>\
        {{#notices}}<tr{{#unseen}} class="unseen"{{/unseen}}><td>{{at}}</td>\
        <td>{{#unseen}}<strong>Ny:</strong> {{/unseen}}<a href="{{url}}">{{text}}</a></td></tr>{{/notices}}\
        </tbody></table></div>{{/hasNotices}}
        """
}

extension Templates {
    /// The preview of an uploaded forecast template: the changes, the wrong cells, the save.
    static let upload = """
        {{>uploadProblems}}{{^hasProblems}}<p>{{unchanged}} rader är oförändrade.</p>\
        {{^hasChanges}}<p>Inga belopp ändras.</p>\
        {{/hasChanges}}{{#hasChanges}}<div class="table" role="region" aria-label="Ändringar (kr)" tabindex="0">\
        <table><caption>Ändringar (kr)</caption><thead><tr>\
        <th scope="col">Verksamhet</th><th scope="col">Konto</th><th scope="col" class="num">Prognos nu</th>\
        <th scope="col" class="num">Ny prognos</th><th scope="col" class="num">Förändring</th>\
        <th scope="col">Kommentar</th></tr></thead><tbody>{{#rows}}<tr><th scope="row">{{name}}</th>\
        <td>{{account}}</td><td class="num">{{current}}</td><td class="num">{{new}}</td>\
        <td class="num">{{change}}</td><td>{{comment}}</td></tr>{{/rows}}</tbody></table></div>{{/hasChanges}}\
        {{#editable}}<form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">\
        <input type="hidden" name="version" value="{{version}}"><input type="hidden" name="unit" value="tkr">\
        {{#fields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/fields}}\
        <p><input type="checkbox" id="confirm" name="confirm" value="on"> <label for="confirm">Spara även belopp \
        som avviker kraftigt från budgeten</label></p>\
        <p><button type="submit" name="action" value="save">Spara som utkast</button></p></form>{{/editable}}\
        {{/hasProblems}}<p><a href="{{formURL}}">Tillbaka till prognosformuläret</a></p>
        """
}
