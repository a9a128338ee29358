package com.onboarding.events;

public record Contact(String name, String email) {
}
