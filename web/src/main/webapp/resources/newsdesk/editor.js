/*
 * Newsdesk editor: asks before leaving a page with unsaved changes. "Unsaved" means the form's values differ
 * from the last loaded or saved state, so widgets that fire events while they initialise never count.
 */
var Newsdesk = window.Newsdesk || {};
Newsdesk.form = null;
Newsdesk.saved = null;
Newsdesk.state = function () {
    var form = document.getElementById(Newsdesk.form);
    if (!form) { return ''; }
    var values = [];
    form.querySelectorAll('input, textarea, select').forEach(function (field) {
        if (field.name && field.name.indexOf('jakarta.faces.ViewState') < 0) {
            values.push(field.name + '=' + (field.type === 'checkbox' ? field.checked : field.value));
        }
    });
    form.querySelectorAll('.ql-editor').forEach(function (editor) { values.push(editor.innerHTML); });
    return values.join('\u0001');
};
/* After loading or saving nothing is unsaved; the state is remembered at the next touch of the form. */
Newsdesk.clean = function () { Newsdesk.saved = null; };
Newsdesk.isDirty = function () { return Newsdesk.saved !== null && Newsdesk.state() !== Newsdesk.saved; };
Newsdesk.watch = function (formId, warning) {
    Newsdesk.form = formId;
    var remember = function (e) {
        var form = document.getElementById(formId);
        if (Newsdesk.saved === null && e.isTrusted && form && form.contains(e.target)) {
            Newsdesk.saved = Newsdesk.state();
        }
    };
    ['keydown', 'mousedown', 'paste', 'drop'].forEach(function (type) {
        document.addEventListener(type, remember, true);
    });
    window.addEventListener('beforeunload', function (e) {
        if (Newsdesk.isDirty()) {
            e.preventDefault();
            e.returnValue = warning;
            return warning;
        }
    });
};

/* Presence: a heartbeat every 20 s while the editor is open, and a goodbye when the page is left. */
Newsdesk.presence = function (active) {
    if (!active) { return; }
    setInterval(function () { if (window.presenceHeartbeat) { presenceHeartbeat(); } }, 20000);
    window.addEventListener('pagehide', function () { if (window.presenceGone) { presenceGone(); } });
};
