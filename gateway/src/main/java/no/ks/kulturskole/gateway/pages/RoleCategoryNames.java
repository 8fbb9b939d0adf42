package no.ks.kulturskole.gateway.pages;

/** The bokmål name of a role category, for pages outside this package. */
public final class RoleCategoryNames {

	private RoleCategoryNames() {
	}

	public static String label(String category) {
		return RoleCategories.LABELS.getOrDefault(category, category);
	}

}
