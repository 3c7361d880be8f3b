import type { Role } from '@/lib/auth/roles';

/** Each role's own area is the route group `app/(<role>)/<role>`; its home is the area's root. */
export const home = (area: Role): `/${Role}` => `/${area}`;
