/* Newsdesk editor: asks before leaving a page with unsaved changes. */
var Newsdesk = window.Newsdesk || {};
Newsdesk.dirty = false;
Newsdesk.clean = function () { Newsdesk.dirty = false; };
Newsdesk.watch = function (formId, warning) {
    var mark = function () { Newsdesk.dirty = true; };
    document.addEventListener('input', function (e) {
        if (e.target.closest && e.target.closest('#' + formId)) { mark(); }
    }, true);
    document.addEventListener('change', function (e) {
        if (e.target.closest && e.target.closest('#' + formId)) { mark(); }
    }, true);
    var hookEditor = function () {
        var widget = window.PF && PF('bodyEditor');
        if (widget && widget.editor) {
            widget.editor.on('text-change', function (delta, old, source) { if (source === 'user') { mark(); } });
        } else {
            setTimeout(hookEditor, 200);
        }
    };
    hookEditor();
    window.addEventListener('beforeunload', function (e) {
        if (Newsdesk.dirty) {
            e.preventDefault();
            e.returnValue = warning;
            return warning;
        }
    });
};
