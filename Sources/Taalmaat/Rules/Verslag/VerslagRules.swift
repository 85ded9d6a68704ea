extension RuleRegistry {
    /// The Swift rules of this category, one file each, named after the rule id.
    ///
    /// `brief.aanspreekvorm` and `brief.rol-naam` live in `Rules/Brief/` but are listed
    /// here: a colleague owns `BriefRules.swift`, and listing them there would make the
    /// two branches conflict when they are merged.
    static let reportRules: [any Rule] = [
        VerslagBron(),
        VerslagOordeel(),
        VerslagStemGezin(),
        VerslagSterkePunten(),
        BriefAanspreekvorm(),
        BriefRolNaam(),
    ]
}
