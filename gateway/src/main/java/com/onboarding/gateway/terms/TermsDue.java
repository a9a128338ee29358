package com.onboarding.gateway.terms;

/**
 * Fired inside the transaction that made T&amp;C work due (an envelope to look up in the systems of record, or one to
 * send); its observers start that work as soon as the transaction has committed, instead of on their next timer tick.
 */
enum TermsDue {
    SEARCH, SEND
}
