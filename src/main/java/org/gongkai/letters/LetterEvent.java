package org.gongkai.letters;

import org.gongkai.shared.AuditableEvent;

/** An event of the letters module; the audit trail records each. */
public interface LetterEvent extends AuditableEvent {

}
