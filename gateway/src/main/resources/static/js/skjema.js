// Progressive enhancement for the forms; they work without it, and the server checks
// everything again.
(function () {
	'use strict';

	// After a refused submit, move focus to the error summary so that keyboard and screen
	// reader users start there; a summary link then moves focus to its field, not only the
	// scroll position.
	var summary = document.getElementById('feiloppsummering');
	if (summary) {
		summary.focus();
		summary.addEventListener('click', function (event) {
			var link = event.target.closest('a[href^="#"]');
			if (!link) {
				return;
			}
			var field = document.getElementById(link.getAttribute('href').substring(1));
			if (field) {
				event.preventDefault();
				field.focus();
				field.scrollIntoView({ block: 'center' });
			}
		});
	}

	// Immediate feedback on e-mail addresses: when a filled-in address loses focus and
	// does not look like one, the same message the server would give appears next to it,
	// in the page's language when the form gives it (data-sjekk-epost), else in bokmål.
	var EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
	var MESSAGE = 'E-postadressen er ikke gyldig.';

	function check(input) {
		var id = input.id + '-sjekk';
		var shown = document.getElementById(id);
		var value = input.value.trim();
		var wrong = value !== '' && !EMAIL.test(value);
		var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (ref) {
			return ref !== '' && ref !== id;
		});
		if (wrong) {
			if (!shown) {
				var translated = input.form && input.form.getAttribute('data-sjekk-epost');
				shown = document.createElement('p');
				shown.id = id;
				shown.className = 'error-message';
				if (!translated) {
					shown.setAttribute('lang', 'nb');
				}
				shown.textContent = translated || MESSAGE;
				input.parentNode.insertBefore(shown, input);
			}
			described.push(id);
			input.setAttribute('aria-invalid', 'true');
		}
		else if (shown) {
			shown.parentNode.removeChild(shown);
			if (!document.getElementById(input.id + '-feil')) {
				input.setAttribute('aria-invalid', 'false');
			}
		}
		if (described.length > 0) {
			input.setAttribute('aria-describedby', described.join(' '));
		}
		else {
			input.removeAttribute('aria-describedby');
		}
	}

	Array.prototype.forEach.call(document.querySelectorAll('form input[type="email"]'), function (input) {
		if (input.id) {
			input.addEventListener('blur', function () {
				check(input);
			});
		}
	});

	// The municipality search: a search field above the list of all municipalities
	// (select[data-kommunesok]). Typing part of a name ("berg") shortens the list to the
	// ones that match, those whose name starts with it first, and a status line says how
	// many, for screen readers too. The list stays a plain select, so choosing works as
	// without JavaScript, and the server gets the same field. Texts come from the
	// select's data-sok-* attributes, in the page's language.
	function fold(text) {
		var folded = text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
		// "Bodo" finds Bodø, "Karasjohka" finds Kárášjohka
		return folded.normalize ? folded.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : folded;
	}

	function enhance(select) {
		var field = select.closest('.field') || select;
		var id = select.id + '-sok';
		var placeholder = select.options.length > 0 && select.options[0].value === '' ? select.options[0] : null;
		var all = Array.prototype.filter.call(select.options, function (option) {
			return option !== placeholder;
		}).map(function (option) {
			var text = fold(option.text);
			return { option: option, text: text, name: text.replace(/\s*\(.*$/, '') };
		});

		var wrapper = document.createElement('div');
		wrapper.className = 'field picker';
		var label = document.createElement('label');
		label.htmlFor = id;
		label.textContent = select.getAttribute('data-sok-etikett');
		var hint = document.createElement('p');
		hint.className = 'hint';
		hint.id = id + '-hjelp';
		hint.textContent = select.getAttribute('data-sok-hjelp');
		var input = document.createElement('input');
		input.type = 'search';
		input.id = id;
		input.autocomplete = 'off';
		input.spellcheck = false;
		input.setAttribute('aria-controls', select.id);
		input.setAttribute('aria-describedby', hint.id + ' ' + id + '-antall');
		var count = document.createElement('p');
		count.className = 'hint picker-count';
		count.id = id + '-antall';
		count.setAttribute('role', 'status');
		wrapper.appendChild(label);
		wrapper.appendChild(hint);
		wrapper.appendChild(input);
		wrapper.appendChild(count);
		field.parentNode.insertBefore(wrapper, field);

		var matches = all;
		var announce = null;

		function say(query) {
			if (query === '') {
				count.textContent = '';
			}
			else if (matches.length === 0) {
				count.textContent = select.getAttribute('data-sok-ingen');
			}
			else if (matches.length === 1) {
				count.textContent = '1 ' + select.getAttribute('data-sok-en') + ': ' + matches[0].option.text;
			}
			else {
				count.textContent = matches.length + ' ' + select.getAttribute('data-sok-flere');
			}
		}

		function filter() {
			var query = fold(input.value.trim());
			var chosen = select.value;
			if (query === '') {
				matches = all;
			}
			else {
				var found = all.filter(function (entry) {
					return entry.text.indexOf(query) !== -1;
				});
				matches = found.filter(function (entry) {
					return entry.name.indexOf(query) === 0;
				}).concat(found.filter(function (entry) {
					return entry.name.indexOf(query) !== 0;
				}));
			}
			while (select.options.length > (placeholder ? 1 : 0)) {
				select.remove(select.options.length - 1);
			}
			matches.forEach(function (entry) {
				select.appendChild(entry.option);
			});
			var kept = matches.some(function (entry) {
				return entry.option.value === chosen;
			});
			if (query !== '' && matches.length === 1) {
				select.value = matches[0].option.value;
			}
			else {
				select.value = kept ? chosen : '';
			}
			// a few matches are shown open, so they can be seen while typing
			if (query !== '' && matches.length > 1) {
				select.size = Math.min(matches.length + (placeholder ? 1 : 0), 8);
			}
			else {
				select.removeAttribute('size');
			}
			// said once typing pauses, not for every letter
			window.clearTimeout(announce);
			announce = window.setTimeout(function () {
				say(query);
			}, 300);
		}

		input.addEventListener('input', filter);
		input.addEventListener('keydown', function (event) {
			if (event.key === 'Enter' || event.key === 'ArrowDown') {
				// Enter chooses the best match instead of sending the form
				event.preventDefault();
				if (event.key === 'Enter' && select.value === '' && matches.length > 0) {
					select.value = matches[0].option.value;
				}
				select.focus();
			}
			else if (event.key === 'Escape' && input.value !== '') {
				event.preventDefault();
				input.value = '';
				filter();
			}
		});
	}

	Array.prototype.forEach.call(document.querySelectorAll('select[data-kommunesok]'), enhance);
}());
