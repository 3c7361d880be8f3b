import { emailAttachmentHandler } from '@/lib/email/attachment-route';

export const dynamic = 'force-dynamic';

export const GET = emailAttachmentHandler;
