/**
 * The editing page's only script, served as a file of the server's own (the page's policy allows
 * scripts from the server and nothing inline). It saves each field as it is filled in, sends
 * dropped and chosen files, and draws the state the server pushes after every check. Application
 * text reaches the page only as values of controls, as text content, or inside parts of the page
 * the server has drawn with everything escaped.
 *
 * The live stream is read from a POST (fetch), not an EventSource: a browser sends its Origin
 * with a POST, and the server opens no stream without the page's own.
 */
export const EDIT_SCRIPT = `(function () {
  'use strict';
  var block = document.getElementById('gecc-edit-state');
  if (!block) return;
  var data = JSON.parse(block.textContent);
  var words = data.words;
  var state = data.state;
  var known = state.values;
  var version = state.version;
  var layout = state.layout;
  var dirty = {};
  var pending = {};
  var saved = {};
  var timers = {};
  var chains = {};
  var closed = false;
  var notice = document.getElementById('notice');

  function fill(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (all, key) { return values[key] === undefined ? all : values[key]; });
  }
  function say(text, problem) {
    if (!notice) return;
    notice.textContent = text;
    notice.className = problem ? 'problem' : '';
  }
  function post(url, body, keepalive) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      keepalive: Boolean(keepalive)
    }).then(function (response) {
      return response.json().catch(function () { return { ok: false, message: String(response.status) }; });
    });
  }
  function controlsOf(path) { return document.getElementsByName(path); }
  function valueOf(path) {
    var list = controlsOf(path);
    if (list.length === 0) return undefined;
    if (list[0].type === 'radio') {
      for (var i = 0; i < list.length; i++) if (list[i].checked) return list[i].value;
      return '';
    }
    if (list[0].type === 'file') return undefined;
    return list[0].value;
  }
  function setValue(path, value) {
    var list = controlsOf(path);
    if (list.length === 0 || list[0].type === 'file') return;
    if (list[0].type === 'radio') {
      for (var i = 0; i < list.length; i++) list[i].checked = list[i].value === value;
      return;
    }
    var control = list[0];
    if (control.tagName === 'SELECT' && value !== '') {
      var found = false;
      for (var j = 0; j < control.options.length; j++) if (control.options[j].value === value) found = true;
      if (!found) {
        var option = document.createElement('option');
        option.value = value;
        option.textContent = value;
        control.appendChild(option);
      }
    }
    control.value = value;
  }
  function marker(attribute, path) {
    return document.querySelector('[' + attribute + '="' + CSS.escape(path) + '"]');
  }
  function saveState(path, text, kind) {
    var node = marker('data-save-state', path);
    if (!node) return;
    node.textContent = text;
    if (kind) node.setAttribute('data-state', kind); else node.removeAttribute('data-state');
  }
  function fieldOf(path) {
    var list = controlsOf(path);
    return list.length ? list[0].closest('.field') : null;
  }

  function apply(next) {
    if (!next || next.version < version) return;
    version = next.version;
    if (next.layout !== layout) { location.reload(); return; }
    var outside = false;
    Object.keys(next.values).forEach(function (path) {
      var value = next.values[path];
      // attachments show in their own part of the page
      var controls = controlsOf(path);
      if (Array.isArray(value) || (controls.length && controls[0].type === 'file')) { known[path] = value; return; }
      // a save of this field is on its way: its own answer settles it
      if (pending[path] !== undefined) return;
      if (value === known[path]) return;
      if (dirty[path] && valueOf(path) !== value) { showConflict(path, value); return; }
      known[path] = value;
      delete saved[path];
      dirty[path] = false;
      setValue(path, value);
      outside = true;
    });
    Object.keys(next.parts).forEach(function (id) {
      var nodes = document.querySelectorAll('[data-part="' + CSS.escape(id) + '"]');
      for (var i = 0; i < nodes.length; i++) nodes[i].innerHTML = next.parts[id];
    });
    if (outside) say(words.outsideEdit, false);
  }

  function save(path, force, keepalive) {
    clearTimeout(timers[path]);
    var run = function () {
      var value = valueOf(path);
      if (value === undefined) return undefined;
      if (force === undefined && (value === known[path] || value === saved[path])) { dirty[path] = false; return undefined; }
      var from = force !== undefined ? force : known[path];
      pending[path] = value;
      saveState(path, words.saving, 'saving');
      return post('/api/save', { path: path, value: value, from: from }, keepalive).then(function (answer) {
        if (pending[path] === value) delete pending[path];
        if (answer.ok) {
          // as gecc reads it back (a score typed ๗ is 7): the control keeps what was typed
          known[path] = answer.state && answer.state.values[path] !== undefined ? answer.state.values[path] : value;
          saved[path] = value;
          if (valueOf(path) === value) dirty[path] = false;
          clearConflict(path);
          saveState(path, words.saved, 'saved');
          apply(answer.state);
        } else if (answer.reason === 'conflict') {
          saveState(path, '', '');
          showConflict(path, answer.conflict.value);
        } else {
          saveState(path, fill(words.notSaved, { reason: answer.message || '' }), 'failed');
        }
      }, function () {
        delete pending[path];
        saveState(path, fill(words.notSaved, { reason: words.disconnected }), 'failed');
      });
    };
    chains[path] = (chains[path] || Promise.resolve()).then(run, run);
    return chains[path];
  }

  function clearConflict(path) {
    var box = marker('data-conflict', path);
    if (box) box.parentNode.removeChild(box);
  }
  function showConflict(path, theirs) {
    clearConflict(path);
    var field = fieldOf(path);
    if (!field) return;
    var box = document.createElement('div');
    box.className = 'conflict';
    box.setAttribute('data-conflict', path);
    box.setAttribute('role', 'alert');
    var text = document.createElement('div');
    text.textContent = words.conflict;
    var value = document.createElement('div');
    value.className = 'theirs';
    value.textContent = theirs === '' ? words.empty : theirs;
    var mine = document.createElement('button');
    mine.type = 'button';
    mine.setAttribute('data-keep', 'mine');
    mine.textContent = words.keepMine;
    mine.addEventListener('click', function () { clearConflict(path); save(path, theirs); });
    var file = document.createElement('button');
    file.type = 'button';
    file.setAttribute('data-keep', 'file');
    file.textContent = words.keepFile;
    file.addEventListener('click', function () {
      clearConflict(path);
      known[path] = theirs;
      dirty[path] = false;
      setValue(path, theirs);
      saveState(path, '', '');
    });
    box.appendChild(text);
    box.appendChild(value);
    box.appendChild(mine);
    box.appendChild(file);
    field.appendChild(box);
  }

  function uploadLine(path, reset) {
    var box = marker('data-upload-state', path);
    if (!box) return null;
    if (reset) box.textContent = '';
    var line = document.createElement('div');
    box.appendChild(line);
    return line;
  }
  function upload(path, files) {
    var list = Array.prototype.slice.call(files || []);
    var chain = Promise.resolve();
    list.forEach(function (file, index) {
      chain = chain.then(function () { return uploadOne(path, file, index === 0); });
    });
    return chain;
  }
  function uploadOne(path, file, reset) {
    var line = uploadLine(path, reset);
    var show = function (text, kind) {
      if (!line) return;
      line.textContent = text;
      if (kind) line.setAttribute('data-state', kind);
    };
    show(fill(words.uploading, { name: file.name }), 'saving');
    var url = '/api/upload?path=' + encodeURIComponent(path) + '&name=' + encodeURIComponent(file.name);
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      return response.json().catch(function () { return { ok: false, message: String(response.status) }; });
    }).then(function (answer) {
      if (answer.ok) {
        show(fill(words.uploaded, { name: file.name, saved: answer.savedAs || '' }), 'saved');
        apply(answer.state);
      } else if (answer.reason === 'refused') {
        show(fill(words.refused, { name: file.name }), 'failed');
        if (line) {
          var why = document.createElement('div');
          why.className = 'refused';
          why.innerHTML = answer.refused;
          line.appendChild(why);
        }
      } else {
        show(fill(words.notSaved, { reason: answer.message || '' }), 'failed');
      }
    }, function () {
      show(fill(words.notSaved, { reason: words.disconnected }), 'failed');
    });
  }

  document.addEventListener('input', function (event) {
    var target = event.target;
    if (!target.name || target.type === 'file' || target.type === 'radio' || target.tagName === 'SELECT') return;
    var path = target.name;
    dirty[path] = true;
    clearTimeout(timers[path]);
    timers[path] = setTimeout(function () { save(path); }, 700);
  });
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (!target.name || target.hasAttribute('data-start')) return;
    if (target.type === 'file') {
      var files = Array.prototype.slice.call(target.files || []);
      upload(target.name, files).then(function () { target.value = ''; });
      return;
    }
    dirty[target.name] = valueOf(target.name) !== known[target.name];
    save(target.name);
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button') : null;
    if (!button) return;
    if (button.hasAttribute('data-remove')) {
      button.disabled = true;
      post('/api/remove', { path: button.getAttribute('data-remove'), file: button.getAttribute('data-file') }).then(function (answer) {
        if (answer.ok) apply(answer.state);
        else { button.disabled = false; say(fill(words.notSaved, { reason: answer.message || '' }), true); }
      });
    } else if (button.id === 'close-gecc') {
      flush(false);
      closed = true;
      post('/api/stop', {}).then(stoppedPage, stoppedPage);
    } else if (button.id === 'start-application') {
      var kind = document.getElementsByName('unit.kind')[0];
      var applicant = document.getElementsByName('unit.applicant')[0];
      var out = document.getElementById('start-state');
      button.disabled = true;
      post('/api/start', { kind: kind ? kind.value : '', applicant: applicant ? applicant.value : 'new' }).then(function (answer) {
        if (answer.ok) { location.reload(); return; }
        button.disabled = false;
        if (out) out.textContent = fill(words.notSaved, { reason: answer.message || '' });
      });
    }
  });

  function zoneOf(node) { return node && node.closest ? node.closest('[data-drop]') : null; }
  document.addEventListener('dragover', function (event) {
    event.preventDefault();
    var zone = zoneOf(event.target);
    if (event.dataTransfer) event.dataTransfer.dropEffect = zone ? 'copy' : 'none';
    if (zone) zone.classList.add('over');
  });
  document.addEventListener('dragleave', function (event) {
    var zone = zoneOf(event.target);
    if (zone) zone.classList.remove('over');
  });
  document.addEventListener('drop', function (event) {
    // a file dropped anywhere else must not replace the page with itself
    event.preventDefault();
    var zone = zoneOf(event.target);
    if (!zone || !event.dataTransfer) return;
    zone.classList.remove('over');
    upload(zone.getAttribute('data-drop'), event.dataTransfer.files);
  });

  function flush(keepalive) {
    Object.keys(dirty).forEach(function (path) { if (dirty[path]) save(path, undefined, keepalive); });
  }
  window.addEventListener('pagehide', function () { flush(true); });
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flush(true); });

  function stoppedPage() {
    closed = true;
    document.body.textContent = '';
    var text = document.createElement('p');
    text.className = 'closed';
    text.textContent = words.closed;
    document.body.appendChild(text);
  }

  function handle(block) {
    var event = 'message';
    var lines = block.split('\\n');
    var payload = '';
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].indexOf('event: ') === 0) event = lines[i].slice(7);
      else if (lines[i].indexOf('data: ') === 0) payload += lines[i].slice(6);
    }
    if (event === 'state') apply(JSON.parse(payload));
    else if (event === 'stopped') stoppedPage();
    else if (event === 'start' && layout !== 'start') location.reload();
  }
  var lost = false;
  function listen() {
    if (closed) return;
    fetch('/api/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok || !response.body) throw new Error('no stream');
      if (lost) { lost = false; say('', false); }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) throw new Error('ended');
          buffer += decoder.decode(chunk.value, { stream: true });
          var end = buffer.indexOf('\\n\\n');
          while (end !== -1) {
            handle(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\\n\\n');
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      if (closed) return;
      lost = true;
      say(words.disconnected, true);
      setTimeout(listen, 1500);
    });
  }
  listen();
})();
`;
