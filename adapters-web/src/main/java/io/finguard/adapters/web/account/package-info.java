/** What the account does: KYC submission and its callback, transfers, and the money shape they share. */
package io.finguard.adapters.web.account;
