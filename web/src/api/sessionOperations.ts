import { parseMeData, parseSignInData } from '../models/session';
import { record } from '../models/shape';
import { graphql } from './graphql';
import { defineOperation } from './graphqlClient';

export const meQuery = defineOperation(
  graphql(`
    query Me {
      me {
        id
        username
        displayName
        roles
      }
    }
  `),
  parseMeData,
);

export const signInMutation = defineOperation(
  graphql(`
    mutation SignIn($username: String!, $password: String!) {
      signIn(username: $username, password: $password) {
        id
        username
        displayName
        roles
      }
    }
  `),
  parseSignInData,
);

export const signOutMutation = defineOperation(
  graphql(`
    mutation SignOut {
      signOut
    }
  `),
  (data: unknown) => record(data, 'data').signOut === true,
);
