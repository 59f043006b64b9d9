/**
 * The upload worksheet's only script: copy buttons and "entered" check boxes. Fixed text, allowed
 * by its hash; the answers it copies come from a JSON block, never from the script itself.
 *
 * Copying works from a file opened in the browser with no network: the Clipboard API first
 * (Chromium and Firefox allow it on file:// after a click), else a selected, off-screen text area
 * and execCommand('copy') (older browsers, Internet Explorer mode); if both fail, the text is
 * selected on the page so that Ctrl+C copies it. Ticks are kept in sessionStorage: they survive a
 * reload of the tab and are forgotten when it is closed.
 */
export const WORKSHEET_DATA_ID = 'gecc-worksheet';

export const WORKSHEET_SCRIPT = `(function () {
  'use strict';
  var block = document.getElementById('${WORKSHEET_DATA_ID}');
  if (!block) return;
  var data = JSON.parse(block.textContent);
  var store = null;
  try { store = window.sessionStorage; } catch (e) { store = null; }
  var prefix = 'gecc:' + location.pathname + ':';

  function fallback(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.left = '0';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.focus();
    area.select();
    area.setSelectionRange(0, text.length);
    var done = false;
    try { done = document.execCommand('copy'); } catch (e) { done = false; }
    document.body.removeChild(area);
    return done;
  }

  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function say(button, word, state) {
    button.textContent = word;
    button.setAttribute('data-state', state);
    clearTimeout(button._gecc);
    button._gecc = setTimeout(function () {
      button.textContent = data.words.copy;
      button.removeAttribute('data-state');
    }, 2500);
  }

  function copy(button) {
    var text = data.texts[Number(button.getAttribute('data-copy'))];
    var target = document.getElementById(button.getAttribute('aria-controls'));
    function failed() {
      if (fallback(text)) return say(button, data.words.copied, 'copied');
      if (target) selectText(target);
      say(button, data.words.pressCtrlC, 'failed');
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { say(button, data.words.copied, 'copied'); }, failed);
    } else {
      failed();
    }
  }

  function count(box) {
    var where = '[data-app="' + box.getAttribute('data-app') + '"][data-group="' + box.getAttribute('data-group') + '"]';
    var boxes = document.querySelectorAll('input.entered' + where);
    var ticked = 0;
    for (var i = 0; i < boxes.length; i++) if (boxes[i].checked) ticked++;
    var out = document.querySelectorAll('.entered-count' + where);
    for (var j = 0; j < out.length; j++) out[j].textContent = String(ticked);
  }

  var buttons = document.querySelectorAll('button.copy[data-copy]');
  for (var b = 0; b < buttons.length; b++) {
    buttons[b].hidden = false;
    buttons[b].addEventListener('click', function (event) { copy(event.currentTarget); });
  }
  var boxes = document.querySelectorAll('input.entered');
  for (var k = 0; k < boxes.length; k++) {
    var box = boxes[k];
    var key = prefix + box.getAttribute('data-app') + ':' + box.getAttribute('data-item');
    if (store && store.getItem(key) === '1') box.checked = true;
    var row = box.closest('tr');
    if (row) row.classList.toggle('entered-row', box.checked);
    box.addEventListener('change', (function (key) {
      return function (event) {
        var input = event.currentTarget;
        var row = input.closest('tr');
        if (row) row.classList.toggle('entered-row', input.checked);
        if (store) { try { if (input.checked) store.setItem(key, '1'); else store.removeItem(key); } catch (e) {} }
        count(input);
      };
    })(key));
  }
  for (var n = 0; n < boxes.length; n++) count(boxes[n]);
})();
`;
