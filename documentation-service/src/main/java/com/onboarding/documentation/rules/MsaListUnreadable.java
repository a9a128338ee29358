package com.onboarding.documentation.rules;

/** The MSA customer list is not what the rules can edit safely (not a .docx, no customer table): a person must look. */
public class MsaListUnreadable extends RuntimeException {

    public MsaListUnreadable(String message) {
        super(message);
    }
}
