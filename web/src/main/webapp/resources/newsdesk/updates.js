/*
 * Live updates: the page listens on /updates/{screen}/{storyId}. A message means "something changed, look again";
 * so does getting the connection back after it was lost (a restart, a network change), because messages sent in
 * between are gone. The element with the path shows the state in words (data-live="open" or "closed").
 */
var Newsdesk = window.Newsdesk || {};
Newsdesk.sockets = {};
Newsdesk.listen = function (elementId, onChange) {
    var status = document.getElementById(elementId);
    if (!status || !window.WebSocket) { return; }
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + status.getAttribute('data-path');
    var delay = 1000;
    var connected = false;
    var show = function (open) {
        status.setAttribute('data-live', open ? 'open' : 'closed');
        status.textContent = status.getAttribute(open ? 'data-open' : 'data-closed');
    };
    var connect = function () {
        var socket = new WebSocket(url);
        Newsdesk.sockets[elementId] = socket;
        socket.onopen = function () {
            show(true);
            delay = 1000;
            if (connected) { onChange(); }
            connected = true;
        };
        socket.onmessage = function () { onChange(); };
        socket.onclose = function (event) {
            show(false);
            if (event.code === 1008) { return; } // refused: not logged in or no such screen; reloading will tell
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 30000);
        };
    };
    show(false);
    connect();
};
