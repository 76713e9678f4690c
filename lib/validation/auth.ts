import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./password-rules";

const email = z
  .string({ message: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const signInSchema = z.object({
  email,
  password: z
    .string({ message: "Enter your password." })
    .min(1, "Enter your password.")
    .max(200, "That password is too long."),
});

export const signUpSchema = z.object({
  name: z
    .string({ message: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(80, "Keep your name under 80 characters."),
  email,
  password: z
    .string({ message: "Choose a password." })
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`)
    .max(200, "Keep your password under 200 characters."),
  role: z.enum(["STUDENT", "TEACHER"], { message: "Choose whether you are a learner or a teacher." }),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
