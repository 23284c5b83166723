/** The phone-lifecycle routes: change of number (POST /v1/me/phone, /verify) and lost-phone recovery (/v1/recovery). */
package io.finguard.adapters.web.phone;
