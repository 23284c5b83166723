/**
 * Tiny class trees shaped like FinGuard's packages, used only to show that the architecture rules can fail.
 * {@code clean} obeys every rule; {@code leaky} breaks one rule per class. Test code: never in the production import.
 */
package io.finguard.archfixture;
