package com.onboarding.reporting.rules;

import com.onboarding.messaging.steps.NeedsAttention;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The company name must be identical in Autotask, Datto RMM (the site name) and the report-recipient database
 * (procedure: "Company name must be identical to Autotask / Datto RMM name"). Any other spelling of the same company
 * stops the step with both spellings named; a person fixes one of them, then retries.
 */
public final class CompanyNameIdentity {

    private CompanyNameIdentity() {
    }

    /**
     * @param autotaskName       the Autotask company name
     * @param dattoSiteNames     the Datto RMM site names that may be this company (e.g. a name search's results)
     * @param recipientSpellings the company names already in the recipient database that may be this company
     */
    public static void check(String autotaskName, List<String> dattoSiteNames, List<String> recipientSpellings) {
        if (!dattoSiteNames.contains(autotaskName)) {
            for (String site : dattoSiteNames) {
                if (sameCompany(autotaskName, site)) {
                    throw new NeedsAttention("Company name differs: Autotask '" + autotaskName + "' but Datto RMM site '"
                            + site + "'. Make the names identical, then retry.");
                }
            }
            throw new NeedsAttention("No Datto RMM site named '" + autotaskName + "' (the Autotask company name). Create"
                    + " or rename the site to exactly this name, then retry.");
        }
        for (String spelling : recipientSpellings) {
            if (!spelling.equals(autotaskName) && sameCompany(autotaskName, spelling)) {
                throw new NeedsAttention("Company name differs: Autotask '" + autotaskName
                        + "' but the report-recipient database has '" + spelling + "'. Make the names identical, then retry.");
            }
        }
    }

    /**
     * Datto RMM has no site of this company yet (none of that name and none spelled like it): the site appears when
     * the RMM agent is first deployed, so the recipients wait for it instead of failing.
     */
    public static boolean siteMissing(String autotaskName, List<String> dattoSiteNames) {
        return dattoSiteNames.stream().noneMatch(site -> site.equals(autotaskName) || sameCompany(autotaskName, site));
    }

    /** Two spellings of one company: equal once case, accents, punctuation and spacing are ignored. */
    public static boolean sameCompany(String a, String b) {
        return key(a).equals(key(b));
    }

    public static String key(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
