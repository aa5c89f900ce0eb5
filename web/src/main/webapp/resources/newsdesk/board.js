/*
 * The board's drag and drop: a card dropped on another column asks the server for the action that leads there
 * (boardDrop); the server refuses what the workflow does not allow, and the card stays where it was. Every card
 * also has buttons for its moves, so the board works without a mouse.
 */
var Newsdesk = window.Newsdesk || {};
Newsdesk.board = {
    dragged: null,
    start: function (event, card) {
        Newsdesk.board.dragged = card.getAttribute('data-story');
        // under the Content-Security-Policy PrimeFaces binds the handler through jQuery: the browser's own event
        // (with its dataTransfer) is the jQuery event's originalEvent
        var transfer = (event.originalEvent || event).dataTransfer;
        transfer.setData('text/plain', Newsdesk.board.dragged);
        transfer.effectAllowed = 'move';
    },
    over: function (event) {
        event.preventDefault();
        event.currentTarget.classList.add('nd-drop-target');
    },
    leave: function (event) {
        event.currentTarget.classList.remove('nd-drop-target');
    },
    drop: function (event, column) {
        event.preventDefault();
        column.classList.remove('nd-drop-target');
        var story = (event.originalEvent || event).dataTransfer.getData('text/plain') || Newsdesk.board.dragged;
        if (!story) { return; }
        boardDrop([{name: 'story', value: story}, {name: 'to', value: column.getAttribute('data-state')}]);
    }
};
