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
	// does not look like one, the same message the server would give appears next to it.
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
				shown = document.createElement('p');
				shown.id = id;
				shown.className = 'error-message';
				shown.setAttribute('lang', 'nb');
				shown.textContent = MESSAGE;
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
}());
