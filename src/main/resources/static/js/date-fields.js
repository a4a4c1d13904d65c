// Date fields are text in YYYY-MM-DD, so that the browser's locale never reorders them (a
// native date input shows 11/28/2026 in an English browser). Where scripts run, each gets a
// button that opens the browser's own picker on a hidden date input; the chosen day is
// written back as YYYY-MM-DD. Typing stays the way in without scripts or a picker.
(function () {
  var PATTERN = '\\d{4}-\\d{2}-\\d{2}';
  var ISO = /^\d{4}-\d{2}-\d{2}$/;
  var ICON = '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">'
    + '<rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor"/>'
    + '<path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor"/></svg>';

  function label() {
    var meta = document.querySelector('meta[name="gongkai-date-pick"]');
    return meta ? meta.content : 'YYYY-MM-DD';
  }

  function enhance(field) {
    if (field.dataset.datePick || field.readOnly || field.disabled) {
      return;
    }
    field.dataset.datePick = 'on';
    var picker = document.createElement('input');
    picker.type = 'date';
    picker.className = 'date-pick-native';
    picker.tabIndex = -1;
    picker.setAttribute('aria-hidden', 'true');
    if (field.min) {
      picker.min = field.min;
    }
    if (field.max) {
      picker.max = field.max;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'date-pick';
    button.setAttribute('aria-label', label());
    button.title = label();
    button.innerHTML = ICON;
    if (field.id) {
      button.setAttribute('aria-controls', field.id);
    }
    button.addEventListener('click', function () {
      // Only a day the picker allows: the hidden input is in the form, and a day out of
      // its range would stop the form's submission on a field nobody sees.
      var typed = field.value;
      var allowed = ISO.test(typed) && (!picker.min || typed >= picker.min) && (!picker.max || typed <= picker.max);
      picker.value = allowed ? typed : '';
      try {
        picker.showPicker();
      }
      catch (e) {
        field.focus();
      }
    });
    picker.addEventListener('change', function () {
      if (ISO.test(picker.value)) {
        field.value = picker.value;
        picker.value = '';
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
        field.focus();
      }
    });
    var wrap = document.createElement('span');
    wrap.className = 'date-field';
    field.parentNode.insertBefore(wrap, field);
    wrap.appendChild(field);
    wrap.appendChild(button);
    wrap.appendChild(picker);
  }

  function scan(root) {
    if (root.querySelectorAll) {
      root.querySelectorAll('input[type=text][pattern]').forEach(function (field) {
        if (field.getAttribute('pattern') === PATTERN) {
          enhance(field);
        }
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () { scan(document); });
  // Forms swapped in by htmx get their buttons too.
  document.addEventListener('htmx:load', function (event) { scan(event.target); });
})();
