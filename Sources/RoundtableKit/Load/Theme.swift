import Foundation
import ThemeTemplates

/// A theme: Mustache templates by name (`topic`, `partials/header`…) and assets copied as they are.
public struct Theme: Sendable {
    public let name: String
    let templates: ThemeTemplateSet
    /// Paths inside the theme's `assets/` folder, with their bytes.
    let assets: [(path: String, bytes: Data)]
    /// Template names found, for the check that every page kind has one.
    let templateNames: Set<String>
    /// The words the generator puts on pages (templates have theirs inlined already).
    let strings: ThemeStrings
    /// Of every template, strings file and asset: a change re-renders every page.
    let digest: ContentDigest

    /// The templates a theme must have: one per kind of page, plus the base layout.
    static let requiredTemplates = [
        "base", "home", "rounds", "round", "topics", "topic", "process", "chapter", "page", "not-found",
        "search", "print",
    ]
}
