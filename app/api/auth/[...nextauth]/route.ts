import { handlers } from "@/lib/dal/account/auth";

export const { GET, POST } = handlers;
