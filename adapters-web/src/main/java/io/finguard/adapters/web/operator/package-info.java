/** The operator API on the management port: block users, account status, reviews, audit log, funding. */
package io.finguard.adapters.web.operator;
