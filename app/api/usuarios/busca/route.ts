import { searchUsersHandler } from '@/lib/users/search-handler';

export const dynamic = 'force-dynamic';

export const GET = searchUsersHandler;
