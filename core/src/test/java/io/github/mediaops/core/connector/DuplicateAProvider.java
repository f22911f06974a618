package io.github.mediaops.core.connector;

/** One of two providers that claim the same id (ServiceLoader needs public classes with no-arg constructors). */
public final class DuplicateAProvider extends DuplicateIdProvider {
}
