extension RuleRegistry {
    /// The Swift rules of this category, one file each, named after the rule id.
    static let toneRules: [any Rule] = [
        ToonUitroepteken(),
        ToonDreigen(),
        ToonMoeten(),
        ToonAbsoluut(),
        ToonHoofdletters(),
    ]
}
