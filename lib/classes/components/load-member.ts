import "server-only";
import { notFound, redirect } from "next/navigation";
import { isClassError } from "../errors";
import { getClassMember, type ClassMember } from "../identity";

/**
 * For pages: the caller as a member of the class. Someone with no identity at all goes to sign-in
 * and comes back; anyone else who is not a member sees "not found".
 */
export async function loadClassMember(classId: string, returnTo: string): Promise<ClassMember> {
  try {
    return await getClassMember(classId);
  } catch (error) {
    if (isClassError(error) && error.code === "unauthenticated") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (isClassError(error) && error.code === "not-found") notFound();
    throw error;
  }
}
