package org.gongkai.requests;

/**
 * The agency responsible for disclosing the information asked for, as a 不属于本机关公开 reply
 * names it (Article 36 (五): 告知申请人该行政机关的名称、联系方式).
 *
 * @param name the agency's name
 * @param contact its contact details (address, telephone)
 */
public record ResponsibleAgency(String name, String contact) {
}
