/*
 * Live updates: the page listens on /updates/{screen}/{storyId}. A message means "something changed, look again";
 * so does getting the connection back after it was lost (a restart, a network change), because messages sent in
 * between are gone. The element with the path shows the state in words (data-live="open" or "closed"). Closed
 * with 4401, the user's login ended somewhere: one reconnect tells whether it was this one (then the page reloads,
 * onto the login page).
 */
var Newsdesk = window.Newsdesk || {};
Newsdesk.sockets = {};
Newsdesk.listen = function (elementId, onChange) {
    var status = document.getElementById(elementId);
    if (!status || !window.WebSocket) { return; }
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + status.getAttribute('data-path');
    var delay = 1000;
    var connected = false;
    var checking = false;
    var show = function (open) {
        status.setAttribute('data-live', open ? 'open' : 'closed');
        status.textContent = status.getAttribute(open ? 'data-open' : 'data-closed');
    };
    var connect = function () {
        var socket = new WebSocket(url);
        Newsdesk.sockets[elementId] = socket;
        var opened = false;
        socket.onopen = function () {
            opened = true;
            checking = false;
            show(true);
            delay = 1000;
            if (connected) { onChange(); }
            connected = true;
        };
        socket.onmessage = function () { onChange(); };
        socket.onclose = function (event) {
            show(false);
            if (event.code === 1008) { return; } // refused: not logged in or no such screen; reloading will tell
            if (checking && !opened) { location.reload(); return; } // my session is over: on to the login page
            if (event.code === 4401) { checking = true; connect(); return; } // someone's login ended: mine?
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 30000);
        };
    };
    show(false);
    connect();
};
