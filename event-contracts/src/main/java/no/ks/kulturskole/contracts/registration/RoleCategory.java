package no.ks.kulturskole.contracts.registration;

/**
 * What a delegate's role is, as the programme asks it; all but KULTURSKOLE count as
 * "outside".
 */
public enum RoleCategory {

	KULTURSKOLE, POLITICIAN, MUNICIPAL_LEADER, OTHER_MUNICIPAL_SERVICE, SCHOOL, KINDERGARTEN, LOCAL_CULTURAL_LIFE,
	VOLUNTARY_SECTOR, BUSINESS, RESIDENT, OTHER

}
